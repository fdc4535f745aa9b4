using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text.Json;
using Participation.Testing;
using Participation.Testing.Seeding;

namespace Participation.Benchmarks.Cases;

/// <summary>
/// Votes from distinct signed-in citizens (target ≥ 3,000 accepted/s): each signs in and loads the
/// poll page (its antiforgery token) first, then every one posts one ballot through the load
/// client, against the site and a bare form post. Correct when the poll's counters grew by exactly
/// the ballots the site accepted.
/// </summary>
public sealed class VoteCase : IBenchCase
{
    private const string PollPath = "/park-hours-poll";

    public string Key => "votes";

    public async Task RunAsync(BenchRun run)
    {
        var users = Math.Min(run.Options.Users, run.Citizens.Citizens);
        var watch = Stopwatch.StartNew();
        var voters = new ConcurrentBag<(HttpClient Client, string Token)>();
        string pollId = "", option = "";
        await Parallel.ForEachAsync(Enumerable.Range(0, users), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, _) =>
        {
            var client = run.Client();
            await client.SignInAsync(CitizenFiller.Login(run.Citizens, i), run.Citizens.CitizenPassword);
            var page = await client.GetDocumentAsync(PollPath);
            var form = page.QuerySelector("form.poll-ballot") ?? throw new InvalidOperationException("The sample poll shows no ballot (has this citizen voted in an earlier run on this data?).");
            pollId = form.GetAttribute("action")!.Split('/')[2];
            option = page.QuerySelectorAll("input[name=options]").First().GetAttribute("value")!;
            voters.Add((client, page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!));
        });
        Console.WriteLine($"  {users} voters signed in in {watch.Elapsed.TotalSeconds:0.0} s");
        var ballots = voters.ToList();
        // Counted through a signed-in voter: a visitor's results are cached for the refresh interval.
        var counter = ballots[0].Client;
        var before = await CountsAsync(counter, pollId);

        var accepted = 0;
        string? refusal = null;
        var (site, rss) = await run.WithRssAsync(() => HttpLoad.CountAsync(ballots.Count, run.Options.Connections, async i =>
        {
            var (client, token) = ballots[i];
            using var request = new HttpRequestMessage(HttpMethod.Post, $"/polls/{pollId}/vote")
            {
                Content = new FormUrlEncodedContent([new("__RequestVerificationToken", token), new("options", option)]),
            };
            request.Headers.Accept.ParseAdd("application/json");
            using var response = await client.SendAsync(request);
            if (response.StatusCode == HttpStatusCode.OK) { Interlocked.Increment(ref accepted); return true; }
            refusal ??= $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}";
            return false;
        }));
        using var bareClient = new HttpClient();
        var bare = await HttpLoad.CountAsync(ballots.Count, run.Options.Connections, async i =>
        {
            using var response = await bareClient.PostAsync(run.Bare.Url + "/vote", new FormUrlEncodedContent([new("__RequestVerificationToken", ballots[i].Token), new("options", option)]));
            return response.IsSuccessStatusCode;
        });

        var name = $"vote (POST), distinct users, {run.Options.Database}";
        run.Table.Add(new(name, "bare Kestrel", bare, null, double.NaN, "load client"));
        run.Table.Add(new(name, "site", site, bare.RequestsPerSecond, rss, run.Options.Smoke ? "load client" : $"load client; target ≥ 3,000 accepted/s {(site.RequestsPerSecond >= 3000 ? "met" : "missed")}"));
        var after = await CountsAsync(counter, pollId);
        foreach (var (client, _) in ballots) client.Dispose();
        var (voted, chosen) = (after.Voters - before.Voters, after.Choices - before.Choices);
        run.Table.Check(name, accepted == ballots.Count && voted == accepted && chosen == accepted,
            $"accepted {accepted} of {ballots.Count}{(refusal is null ? "" : $" (first refusal: {refusal})")}; the counters grew by {voted} voters and {chosen} choices");
    }

    private static async Task<(long Voters, long Choices)> CountsAsync(HttpClient client, string pollId)
    {
        var results = JsonDocument.Parse(await client.GetStringAsync($"/polls/{pollId}/results")).RootElement;
        return (results.GetProperty("voters").GetInt64(), results.GetProperty("options").EnumerateArray().Sum(o => o.GetProperty("count").GetInt64()));
    }
}
