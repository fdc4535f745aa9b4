using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Participation.Data;
using Participation.Testing;
using Participation.Transparency.Models;

namespace Participation.IntegrationTests;

/// <summary>The daily open data build on two web nodes sharing one PostgreSQL database, from the sample recipe (which chooses a licence).</summary>
[Collection(PostgresCollection.Name)]
public class OpenDataTwoNodeTests(PostgresServer postgres)
{
    [Fact]
    public async Task The_days_build_runs_once_with_two_nodes_and_both_serve_it()
    {
        var connection = postgres.ConnectionString($"participation_{Guid.NewGuid():N}"[..28]);
        using var first = new SiteFactory(new SiteOptions { AutoSetup = true, KeepData = true, Recipe = "ParticipationSample", DatabaseProvider = "Postgres", ConnectionString = connection });
        first.CreateClient();
        using var second = new SiteFactory(new SiteOptions { DataPath = first.DataPath, KeepData = true });
        second.CreateClient();

        await using var scope = first.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IDataSession>();
        var slot = $"daily:{DateTime.UtcNow:yyyy-MM-dd}";
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (!await db.Set<OpenDataBuild>().AnyAsync(b => b.Slot == slot && b.PublishedUtc != null))
        {
            Assert.True(DateTime.UtcNow < deadline, "the day's open data was not built within 90 s");
            await Task.Delay(250);
        }

        await Task.Delay(1000); // room for a second build, if there were one

        // Both schedulers tried the day; one built it.
        var builds = await db.Set<OpenDataBuild>().AsNoTracking().ToListAsync();
        var build = Assert.Single(builds);
        Assert.Equal(slot, build.Slot);
        Assert.Equal("cc-by-4.0", build.Licence);
        Assert.All(await db.Set<OpenDataRow>().AsNoTracking().Select(r => r.BuildId).Distinct().ToListAsync(), id => Assert.Equal(build.Id, id));

        foreach (var node in new[] { first, second })
        {
            var zip = await node.CreateSiteClient().GetAsync("/open-data/open-data.zip");
            Assert.Equal(HttpStatusCode.OK, zip.StatusCode);
            Assert.Equal("PK", System.Text.Encoding.ASCII.GetString((await zip.Content.ReadAsByteArrayAsync())[..2]));
        }
        Directory.Delete(first.DataPath, recursive: true);
    }
}
