using System.Diagnostics;
using System.Net;
using Participation.Testing;
using Participation.Testing.Seeding;

namespace Participation.Benchmarks.Cases;

/// <summary>
/// Sign-in with a wrong password for an unknown login, a confirmed account and an unconfirmed one,
/// interleaved, each attempt from its own loopback address so throttling stays out of it: the
/// medians should be alike, so timing tells nobody which logins exist (issue 16).
/// </summary>
public sealed class SignInTimingCase : IBenchCase
{
    public string Key => "sign-in";

    public async Task RunAsync(BenchRun run)
    {
        var attempts = run.Options.Smoke ? 3 : 40;
        var unconfirmed = $"bench-unconfirmed-{Guid.NewGuid():N}@mail.example";
        using (var client = run.Client())
            (await client.SubmitFormAsync("/account/register", new Dictionary<string, string>
            {
                ["DisplayName"] = "bench", ["Email"] = unconfirmed, ["Password"] = "Voter-pass-2026", ["ConfirmPassword"] = "Voter-pass-2026", ["AcceptPolicy"] = "true",
            })).EnsureSuccessStatusCode();
        var cases = new[] { ("unknown login", $"nobody-{Guid.NewGuid():N}@mail.example"), ("confirmed account", CitizenFiller.Login(run.Citizens, 0)), ("unconfirmed account", unconfirmed) };
        var times = cases.ToDictionary(c => c.Item1, _ => new List<double>());
        var answers = new List<HttpStatusCode>();
        for (var i = 0; i < attempts; i++)
            for (var k = 0; k < cases.Length; k++)
            {
                var (name, login) = cases[k];
                using var client = run.Client(IPAddress.Parse($"127.{k + 1}.{i / 200}.{i % 200 + 1}"));
                var page = await client.GetDocumentAsync("/account/login");
                var token = page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
                var started = Stopwatch.GetTimestamp();
                using var response = await client.PostAsync("/account/login", new FormUrlEncodedContent([new("__RequestVerificationToken", token), new("Login", login), new("Password", "Wrong-pass-2026")]));
                times[name].Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                answers.Add(response.StatusCode);
            }
        var medians = times.ToDictionary(t => t.Key, t => t.Value.Order().ElementAt(t.Value.Count / 2));
        foreach (var (name, median) in medians) run.Table.Add(new($"sign-in, wrong password, {name} ({attempts}×, interleaved)", "site", new LoadResult(double.NaN, median, double.NaN, attempts, 0), null, double.NaN, "median"));
        run.Table.Check("sign-in, wrong password", answers.All(a => a == HttpStatusCode.OK), $"{answers.Count(a => a == HttpStatusCode.OK)} of {answers.Count} refusals answered 200 (the form again)");
    }
}
