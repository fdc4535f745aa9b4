using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Participation.Data;
using Participation.Polls.Models;
using Participation.Testing;

namespace Participation.IntegrationTests;

/// <summary>
/// Voting under load and under failure, the same on SQLite (<see cref="PollTests"/>) and on
/// PostgreSQL (<see cref="PostgresVotingTests"/>): what a voter is told, and what is counted.
/// </summary>
public static class VotingScenarios
{
    private const string AlreadyVoted = "سبق أن صوّتَّ في استطلاع الرأي هذا.";
    private const string NotRecorded = "تعذّر تسجيل صوتك. يُرجى المحاولة مرة أخرى.";

    /// <summary>40 people vote at once while one of them votes from ten more tabs: one ballot each, the other tabs told they voted, the counts equal to the ballots.</summary>
    public static async Task ManyVotersAndOneVoterInManyTabsAsync(PollSite site)
    {
        var (id, path) = await site.OpenPollAsync("هل تؤيد تمديد ساعات المكتبة؟", ["نعم", "لا"]);
        var voters = await site.VotersAsync(40);
        var options = await site.OptionIdsAsync(voters[0], path);
        // Each voter's form is loaded first (the tabs of one person share the page's token).
        var tokens = await Task.WhenAll(voters.Select(v => TokenAsync(v, path, id)));
        var distinct = voters.Select((v, i) => BallotAsync(v, id, tokens[i], options[i % 3 == 0 ? 1 : 0]));
        var tabs = Enumerable.Range(0, 10).Select(_ => BallotAsync(voters[0], id, tokens[0], options[0]));
        var answers = await Task.WhenAll([.. distinct, .. tabs]);

        Assert.All(answers[1..40], a => Assert.Equal(HttpStatusCode.OK, a.Status));
        var firstVoter = answers.Take(1).Concat(answers[40..]).ToList();
        Assert.Single(firstVoter, a => a.Status == HttpStatusCode.OK);
        Assert.All(firstVoter.Where(a => a.Status != HttpStatusCode.OK), a => Assert.Equal((HttpStatusCode.UnprocessableEntity, AlreadyVoted), (a.Status, a.Error)));

        var ballots = await site.QueryAsync(s => s.Set<PollBallot>().CountAsync(b => b.PollId == id));
        var results = await site.ResultsAsync(voters[1], id);
        Assert.Equal(40, ballots);
        Assert.Equal(40, results.GetProperty("voters").GetInt64());
        var counts = results.GetProperty("options").EnumerateArray().Select(o => o.GetProperty("count").GetInt64()).ToList();
        var choices = await site.QueryAsync(s => s.Set<PollBallotChoice>().Where(c => s.Set<PollBallot>().Any(b => b.Id == c.BallotId && b.PollId == id))
            .GroupBy(c => c.OptionId).ToDictionaryAsync(g => g.Key, g => (long)g.Count()));
        Assert.Equal([choices[options[0]], choices[options[1]]], counts);
        Assert.Equal(40, counts.Sum());
    }

    /// <summary>A database that fails on the ballot — not on the unique key — is never answered "already voted": the voter is told it was not recorded, and can vote.</summary>
    public static async Task AFailingDatabaseIsNeverTakenForASecondBallotAsync(PollSite site)
    {
        var (id, path) = await site.OpenPollAsync("هل تؤيد إنشاء مواقف للدراجات؟", ["نعم", "لا"]);
        var voter = (await site.VotersAsync(1))[0];
        var options = await site.OptionIdsAsync(voter, path);

        site.Fault.Failing = true;
        try
        {
            Assert.Equal(NotRecorded, await PollSite.NoticeAfterAsync(voter, await PollSite.VoteAsync(voter, path, id, options[0])));
            var again = await BallotAsync(voter, id, await TokenAsync(voter, path, id), options[0]);
            Assert.Equal((HttpStatusCode.ServiceUnavailable, NotRecorded), (again.Status, again.Error));
        }
        finally { site.Fault.Failing = false; }

        Assert.NotNull((await voter.GetDocumentAsync(path)).QuerySelector($"#poll-{id} .poll-ballot"));
        Assert.Equal(0, await site.QueryAsync(s => s.Set<PollBallot>().CountAsync(b => b.PollId == id)));
        Assert.Equal("شكراً لك: احتُسب صوتك.", await PollSite.NoticeAfterAsync(voter, await PollSite.VoteAsync(voter, path, id, options[0])));
        Assert.Equal(1, (await site.ResultsAsync(voter, id)).GetProperty("voters").GetInt64());
        Assert.Equal(AlreadyVoted, await PollSite.NoticeAfterAsync(voter, await PollSite.VoteAsync(voter, path, id, options[1])));
    }

    /// <summary>A vote answered as counted is in the database after the site has stopped: the answer comes only after the commit.</summary>
    public static async Task AnAcknowledgedVoteOutlivesTheSiteAsync(string databaseProvider, string connectionString)
    {
        string dataPath, id;
        int acknowledged;
        using (var site = new PollSite(databaseProvider, connectionString, keepData: true))
        {
            (id, var path) = await site.OpenPollAsync("هل تؤيد تشجير الشارع؟", ["نعم", "لا"]);
            var voters = await site.VotersAsync(20);
            var options = await site.OptionIdsAsync(voters[0], path);
            var tokens = await Task.WhenAll(voters.Select(v => TokenAsync(v, path, id)));
            var answers = await Task.WhenAll(voters.Select((v, i) => BallotAsync(v, id, tokens[i], options[i % 2])));
            acknowledged = answers.Count(a => a.Status == HttpStatusCode.OK);
            Assert.Equal(20, acknowledged);
            dataPath = site.Site.DataPath;
        }

        using var restarted = new SiteFactory(new SiteOptions { DataPath = dataPath });
        await using var scope = restarted.Services.CreateAsyncScope();
        var session = scope.ServiceProvider.GetRequiredService<IDataSession>();
        Assert.Equal(acknowledged, await session.Set<PollBallot>().CountAsync(b => b.PollId == id));
        Assert.Equal(acknowledged, await session.Set<PollCount>().Where(c => c.PollId == id && c.Day == PollCount.AllDays && c.OptionId == PollCount.Voters).Select(c => c.Count).SingleAsync());
    }

    private static async Task<string> TokenAsync(HttpClient client, string path, string id)
        => (await client.GetDocumentAsync(path)).QuerySelector($"#poll-{id} input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

    /// <summary>A ballot as the page's script sends it: the answer is the results, or the reason in <c>error</c>.</summary>
    private static async Task<(HttpStatusCode Status, string? Error)> BallotAsync(HttpClient client, string id, string token, string option)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/polls/{id}/vote") { Content = new FormUrlEncodedContent([new("__RequestVerificationToken", token), new("options", option)]) };
        request.Headers.Accept.ParseAdd("application/json");
        using var response = await client.SendAsync(request);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        return (response.StatusCode, body.TryGetProperty("error", out var error) ? error.GetString() : null);
    }
}
