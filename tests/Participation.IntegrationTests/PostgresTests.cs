using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Participation.Data;
using Participation.Testing;

namespace Participation.IntegrationTests;

[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresServer>
{
    public const string Name = "PostgreSQL";
}

/// <summary>The production profile: the same site on a real PostgreSQL server the tests start.</summary>
[Collection(PostgresCollection.Name)]
public class PostgresTests(PostgresServer postgres)
{
    internal static string NewDatabase() => $"participation_{Guid.NewGuid():N}"[..28];

    [Fact]
    public async Task Setup_through_the_page_creates_the_database_and_the_site()
    {
        using var site = new SiteFactory();
        var client = site.CreateSiteClient();

        var response = await client.SubmitFormAsync("/setup", new Dictionary<string, string>
        {
            ["SiteName"] = "وزارة الإنتاج", ["AdminUserName"] = "admin", ["AdminEmail"] = "admin@ministry.example", ["AdminPassword"] = SiteFactory.AdminPassword,
            ["Recipe"] = "ParticipationSample", ["DatabaseProvider"] = "Postgres", ["ConnectionString"] = postgres.ConnectionString(NewDatabase()),
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("\"Postgres\"", await File.ReadAllTextAsync(Path.Combine(site.DataPath, "site.json")));
        Assert.Equal("سياسة المشاركة", (await client.GetDocumentAsync("/participation-policy")).QuerySelector("h1")!.TextContent);
        Assert.Contains("Healthy", await (await client.GetAsync("/health")).Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_failed_setup_leaves_no_database_behind()
    {
        using var site = new SiteFactory();
        var database = NewDatabase();
        var response = await site.CreateSiteClient().SubmitFormAsync("/setup", new Dictionary<string, string>
        {
            ["SiteName"] = "x", ["AdminUserName"] = "admin", ["AdminEmail"] = "admin@ministry.example", ["AdminPassword"] = "weak",
            ["Recipe"] = "Participation", ["DatabaseProvider"] = "Postgres", ["ConnectionString"] = postgres.ConnectionString(database),
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await using var db = new ParticipationDbContext(new DbContextOptionsBuilder<ParticipationDbContext>().UseNpgsql(postgres.ConnectionString("postgres")).Options, []);
        var exists = await db.Database.SqlQueryRaw<int>("SELECT COUNT(*)::int AS \"Value\" FROM pg_database WHERE datname = {0}", database).ToListAsync();
        Assert.Equal(0, exists[0]);
    }

    [Fact]
    public async Task An_editor_works_with_drafts_and_versions_on_PostgreSQL()
    {
        using var site = new SiteFactory(new SiteOptions { AutoSetup = true, DatabaseProvider = "Postgres", ConnectionString = postgres.ConnectionString(NewDatabase()) });
        var admin = site.CreateSiteClient();
        await admin.SignInAsync(SiteFactory.AdminUserName, SiteFactory.AdminPassword);
        await ContentLifecycle.RunAsync(site, admin);
    }

    [Fact]
    public async Task The_migrated_database_has_the_schema_the_model_maps()
    {
        using var site = new SiteFactory(new SiteOptions { AutoSetup = true, DatabaseProvider = "Postgres", ConnectionString = postgres.ConnectionString(NewDatabase()) });
        site.CreateClient();
        await SchemaCheck.AssertModelMatchesDatabaseAsync(site);
    }
}
