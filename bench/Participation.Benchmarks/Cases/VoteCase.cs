using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text.Json;
using Participation.Testing;
using Participation.Testing.Seeding;

namespace Participation.Benchmarks.Cases;

/// <summary>
/// Votes from distinct signed-in citizens (target ≥ 3,000 accepted/s) in <c>--polls</c> open polls
/// added for the run (copies of the sample's, so a kept data folder can be measured again): each
/// citizen signs in and takes an antiforgery token once, then every one votes in every poll
/// through the load client — voters × polls ballots, enough for several seconds of steady load —
/// against the site and a bare form post. Correct when the polls' counters grew by exactly the
/// ballots the site accepted.
/// </summary>
public sealed class VoteCase : IBenchCase
{
    public string Key => "votes";

    public async Task RunAsync(BenchRun run)
    {
        var users = Math.Min(run.Options.Users, run.Citizens.Citizens);
        var (polls, option) = await AddPollsAsync(run);
        var watch = Stopwatch.StartNew();
        var voters = new ConcurrentBag<(HttpClient Client, string Token)>();
        await Parallel.ForEachAsync(Enumerable.Range(0, users), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, _) =>
        {
            var client = run.Client();
            await client.SignInAsync(CitizenFiller.Login(run.Citizens, i), run.Citizens.CitizenPassword);
            // The same token serves every form of this person's: the sign-out form's, on any page.
            var page = await client.GetDocumentAsync("/");
            voters.Add((client, page.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value") ?? throw new InvalidOperationException("A signed-in page carries no antiforgery token.")));
        });
        Console.WriteLine($"  {users} voters signed in in {watch.Elapsed.TotalSeconds:0.0} s; {users * polls.Count:N0} ballots in {polls.Count} polls");
        var people = voters.ToList();
        // Counted through a signed-in voter: a visitor's results are cached for the refresh interval.
        var counter = people[0].Client;
        var before = await CountsAsync(counter, polls);

        // Ballot b is voter b % users in poll b / users: the connections meet different people and polls at once.
        var ballots = people.Count * polls.Count;
        var accepted = 0;
        string? refusal = null;
        // The site's own CPU over the load, per accepted ballot: a figure a shared machine leaves
        // meaningful when the rate is not (the load client runs in this process, not the site's).
        var cpuBefore = run.Site.CpuTime();
        var (site, rss) = await run.WithRssAsync(() => HttpLoad.CountAsync(ballots, run.Options.Connections, async b =>
        {
            var (client, token) = people[b % people.Count];
            using var request = new HttpRequestMessage(HttpMethod.Post, $"/polls/{polls[b / people.Count]}/vote")
            {
                Content = new FormUrlEncodedContent([new("__RequestVerificationToken", token), new("options", option)]),
            };
            request.Headers.Accept.ParseAdd("application/json");
            using var response = await client.SendAsync(request);
            if (response.StatusCode == HttpStatusCode.OK) { Interlocked.Increment(ref accepted); return true; }
            refusal ??= $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}";
            return false;
        }));
        var cpuPerVote = (run.Site.CpuTime() - cpuBefore).TotalMilliseconds / Math.Max(accepted, 1);
        using var bareClient = new HttpClient();
        var bare = await HttpLoad.CountAsync(ballots, run.Options.Connections, async b =>
        {
            using var response = await bareClient.PostAsync(run.Bare.Url + "/vote", new FormUrlEncodedContent([new("__RequestVerificationToken", people[b % people.Count].Token), new("options", option)]));
            return response.IsSuccessStatusCode;
        });

        var name = $"vote (POST), distinct users, {run.Options.Database}";
        run.Table.Add(new(name, "bare Kestrel", bare, null, double.NaN, "load client"));
        run.Table.Add(new(name, "site", site, bare.RequestsPerSecond, rss,
            $"load client, {people.Count} voters × {polls.Count} polls, {site.Requests / Math.Max(site.RequestsPerSecond, 1):0.0} s, {cpuPerVote:0.000} ms of the site's CPU per accepted vote" + (run.Options.Smoke ? "" : $"; target ≥ 3,000 accepted/s {(site.RequestsPerSecond >= 3000 ? "met" : "missed")}")));
        var after = await CountsAsync(counter, polls);
        foreach (var (client, _) in people) client.Dispose();
        var (voted, chosen) = (after.Voters - before.Voters, after.Choices - before.Choices);
        run.Table.Check(name, accepted == ballots && voted == accepted && chosen == accepted,
            $"accepted {accepted:N0} of {ballots:N0}{(refusal is null ? "" : $" (first refusal: {refusal})")}; the counters grew by {voted:N0} voters and {chosen:N0} choices");
    }

    /// <summary>Seeds the run's open polls (PollFiller archives every other copy) and answers their ids and an option of theirs.</summary>
    private static async Task<(List<string> Polls, string Option)> AddPollsAsync(BenchRun run)
    {
        await using var connection = run.OpenDatabase();
        var before = (await OpenPollsAsync(connection)).ToHashSet();
        await new DatabaseSeeder(_ => { }).SeedAsync(connection, run.Postgres, new SeedPlan { Polls = 2 * run.Options.Polls }, [new PollFiller()]);
        var polls = (await OpenPollsAsync(connection)).Except(before).ToList();
        if (polls.Count != run.Options.Polls) throw new InvalidOperationException($"Seeded {polls.Count} open polls, not {run.Options.Polls}.");
        using var reader = run.Client();
        var results = JsonDocument.Parse(await reader.GetStringAsync($"/polls/{polls[0]}/results")).RootElement;
        var option = results.GetProperty("options").EnumerateArray().First().GetProperty("id").GetString()!;
        return (polls, option);
    }

    private static async Task<List<string>> OpenPollsAsync(System.Data.Common.DbConnection connection)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT \"ContentItemId\" FROM \"ContentItems\" WHERE \"ContentType\" = 'Poll' AND \"Published\" = TRUE AND \"Stage\" = 'Open'";
        var ids = new List<string>();
        await using var rows = await command.ExecuteReaderAsync();
        while (await rows.ReadAsync()) ids.Add(rows.GetString(0));
        return ids;
    }

    private static async Task<(long Voters, long Choices)> CountsAsync(HttpClient client, List<string> polls)
    {
        long voters = 0, choices = 0;
        foreach (var poll in polls)
        {
            var results = JsonDocument.Parse(await client.GetStringAsync($"/polls/{poll}/results")).RootElement;
            voters += results.GetProperty("voters").GetInt64();
            choices += results.GetProperty("options").EnumerateArray().Sum(o => o.GetProperty("count").GetInt64());
        }
        return (voters, choices);
    }
}
