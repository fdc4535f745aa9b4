using System.Net;
using Microsoft.EntityFrameworkCore;
using Participation.Ideas.Models;
using Participation.Testing;

namespace Participation.IntegrationTests;

/// <summary>Merging a duplicate idea on PostgreSQL while people support both ideas at once, as <see cref="IdeaMergeTests"/> on SQLite.</summary>
[Collection(PostgresCollection.Name)]
public class PostgresIdeaMergeTests(PostgresServer postgres)
{
    private const string Description = "نقترح ممرات مشاة مظللة تربط محطات الحافلات بالمدارس والأسواق القريبة منها.";
    private const string AlreadySupported = "سبق أن أيّدتَ هذه الفكرة.";
    private const string MergedAway = "دُمجت هذه الفكرة في فكرة أخرى: أيّد تلك بدلاً منها.";

    [Fact]
    public async Task Merging_B_into_A_while_people_support_both_counts_each_person_once_on_A_with_counters_equal_to_rows()
    {
        await using var fixture = new IdeaSite("Postgres", postgres.ConnectionString(PostgresTests.NewDatabase()));
        await fixture.InitializeAsync();
        var topic = await fixture.TopicAsync("أفكار لممرات المشاة");
        var (_, people) = await fixture.Site.SignedInCitizensAsync(27, IdeaSite.Password, "pgmerge");
        var moderator = await fixture.AdminAsync();
        var a = await people[0].PublishedIdeaAsync(moderator, topic, "ممرات مشاة مظللة إلى المحطات", Description);
        var b = await people[0].PublishedIdeaAsync(moderator, topic, "ممرات مظللة بين المحطات والمدارس", Description);
        var list = $"/ideas/{topic}";
        foreach (var p in people[1..5]) await p.PressSupportAsync(list, a);
        foreach (var p in people[3..7]) await p.PressSupportAsync(list, b); // people 3 and 4 support both

        // Twenty more people support A and B at once, person 1 supports B too, and the moderator merges B into A meanwhile.
        var racing = people[7..];
        var tokens = await Task.WhenAll(racing.Append(people[1]).Select(p => p.TokenAsync(list)));
        var mergeToken = await moderator.TokenAsync($"/admin/ideas/merge/{b}");
        var onA = racing.Select((p, i) => p.PostSupportAsync(tokens[i], a, json: true)).ToList();
        var onB = racing.Select((p, i) => p.PostSupportAsync(tokens[i], b, json: true)).Append(people[1].PostSupportAsync(tokens[^1], b, json: true)).ToList();
        var merge = moderator.PostAsync($"/admin/ideas/merge/{b}", new FormUrlEncodedContent([new("__RequestVerificationToken", mergeToken), new("into", a)]));
        Assert.Contains("دُمجت الفكرتان", await IdeaSite.NoticeAfterAsync(moderator, await merge));

        // Every support is counted or refused for a reason the person understands; none is lost to a database conflict.
        foreach (var answer in await Task.WhenAll(onA)) await AssertAnsweredAsync(answer, AlreadySupported);
        foreach (var answer in await Task.WhenAll(onB)) await AssertAnsweredAsync(answer, MergedAway);

        // A holds persons 1 to 26 once each, whichever way their supports went; B holds nothing.
        var supporters = await fixture.QueryAsync(s => s.Set<IdeaSupport>().Where(x => x.IdeaId == a).Select(x => x.UserId).ToListAsync());
        Assert.Equal(26, supporters.Count);
        Assert.Equal(supporters.Count, supporters.Distinct().Count());
        var rowA = await fixture.RowAsync(a);
        var rowB = await fixture.RowAsync(b);
        Assert.Equal(26, rowA.Supports);
        Assert.Equal(26L, await fixture.QueryAsync(s => s.Set<IdeaSupportCount>().Where(c => c.IdeaId == a).SumAsync(c => c.Count)));
        Assert.Equal((IdeaStatus.Merged, a, 0L, 0), (rowB.Status, rowB.MergedIntoId, rowB.Supports, await fixture.SupportRowsAsync(b)));
        Assert.Equal(0L, await fixture.QueryAsync(s => s.Set<IdeaSupportCount>().Where(c => c.IdeaId == b).SumAsync(c => c.Count)));
    }

    /// <summary>A support counted (200), or refused with <paramref name="refusal"/> (422) — never "not recorded, try again" (503).</summary>
    private static async Task AssertAnsweredAsync(HttpResponseMessage answer, string refusal)
    {
        var body = await answer.Content.ReadAsStringAsync();
        if (answer.StatusCode == HttpStatusCode.OK) return;
        Assert.True(answer.StatusCode == HttpStatusCode.UnprocessableEntity, $"{(int)answer.StatusCode}: {body}");
        Assert.Equal(refusal, System.Text.Json.JsonDocument.Parse(body).RootElement.GetProperty("message").GetString());
    }
}
