// The poll benchmark (issue 8). Starts, in one run, a bare Kestrel endpoint and the site on
// SQLite (the sample recipe, its open poll), then measures with the same tools:
//   (a) the poll page: wrk (Debian's) against the poll page and against the bare endpoint;
//   (b) votes from many distinct signed-in users at once: a load client posting one ballot per
//       user, against the site and against a bare POST endpoint;
// and checks that the poll's final counts equal the votes the site accepted;
//   (c) sign-in with a wrong password for an unknown login, a confirmed account and an unconfirmed
//       one: the medians should be alike, so timing tells nobody which logins exist (issue 16).
// Run: dotnet run -c Release --project bench/Participation.Benchmarks [-- --users 600 --connections 16 --seconds 10 --postgres]
// (--postgres: the site on a throwaway PostgreSQL server, as the tests start it; the table goes to polls-postgres.md)
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Participation.Testing;

var users = Option("--users", 600);
var connections = Option("--connections", 16);
var seconds = Option("--seconds", 10);
PostgresServer? postgres = null;
if (args.Contains("--postgres")) { postgres = new PostgresServer(); await postgres.InitializeAsync(); }
Console.WriteLine($"Poll benchmark: {users} voters, {connections} connections, {seconds} s per page run, {(postgres is null ? "SQLite" : "PostgreSQL")}, {Environment.ProcessorCount} cores, .NET {Environment.Version}");

// The baseline: Kestrel with nothing in front of a small page and a form post.
var bare = WebApplication.CreateSlimBuilder();
bare.Logging.ClearProviders();
bare.WebHost.UseUrls("http://127.0.0.1:0");
var bareApp = bare.Build();
var barePage = "<!doctype html><html lang=\"ar\" dir=\"rtl\"><title>poll</title><p>" + new string('x', 2000) + "</p></html>";
bareApp.MapGet("/", () => Results.Content(barePage, "text/html; charset=utf-8"));
bareApp.MapPost("/vote", async (HttpRequest request) => { var form = await request.ReadFormAsync(); return Results.Json(new { voters = form.Count }); });
await bareApp.StartAsync();
var bareUrl = bareApp.Urls.First();

// Where the web project lives (the site factory's usual lookup is for test assemblies).
Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_PARTICIPATION_WEB", Path.Combine(FindRoot(), "src", "Participation.Web"));
// The site on SQLite with the sample content; the public-write limit raised, since every vote comes from this one address.
using var site = new SiteFactory(new SiteOptions
{
    AutoSetup = true, Recipe = "ParticipationSample", RateLimitPermits = 1_000_000,
    DatabaseProvider = postgres is null ? "Sqlite" : "Postgres", ConnectionString = postgres?.ConnectionString("bench") ?? "",
    Settings = new() { ["Logging:LogLevel:Default"] = "Warning", ["Logging:LogLevel:Microsoft"] = "Warning" },
});
site.UseKestrel(0);
site.StartServer();
var siteUrl = site.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().Replace("[::]", "127.0.0.1").TrimEnd('/');
site.KestrelAddress = new Uri(siteUrl);
const string pollPath = "/park-hours-poll";

// Distinct signed-in voters, each with their page (and antiforgery token) loaded.
var watch = Stopwatch.StartNew();
var logins = await site.CreateCitizensAsync(users, "Voter-pass-2026", "bench");
var voters = new ConcurrentBag<(HttpClient Client, string Token)>();
string pollId = "", option = "";
await Parallel.ForEachAsync(logins, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (login, _) =>
{
    var client = site.CreateSiteClient();
    await client.SignInAsync(login, "Voter-pass-2026");
    var page = await client.GetDocumentAsync(pollPath);
    var form = page.QuerySelector("form.poll-ballot") ?? throw new InvalidOperationException("The sample poll shows no ballot.");
    pollId = form.GetAttribute("action")!.Split('/')[2];
    option = page.QuerySelectorAll("input[name=options]").First().GetAttribute("value")!;
    voters.Add((client, page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!));
});
Console.WriteLine($"{users} voters signed in in {watch.Elapsed.TotalSeconds:0.0} s");

var rows = new List<(string Case, string Target, double Rps, double P99, string Note)>();

// (a) The poll page, anonymous, with wrk.
foreach (var (target, url) in new[] { ("bare Kestrel", bareUrl + "/"), ("site", siteUrl + pollPath) })
{
    var (rps, p99) = await WrkAsync(url, connections, seconds);
    rows.Add(("poll page (GET)", target, rps, p99, "wrk"));
}

// (b) Votes: one ballot per distinct user, all at once through `connections` workers.
var ballots = voters.ToList();
var accepted = 0;
var (siteVoteRps, siteVoteP99) = await LoadAsync(ballots.Count, connections, async i =>
{
    var (client, token) = ballots[i];
    using var request = new HttpRequestMessage(HttpMethod.Post, $"/polls/{pollId}/vote")
    {
        Content = new FormUrlEncodedContent([new("__RequestVerificationToken", token), new("options", option)]),
    };
    request.Headers.Accept.ParseAdd("application/json");
    using var response = await client.SendAsync(request);
    if (response.StatusCode == HttpStatusCode.OK) Interlocked.Increment(ref accepted);
    else throw new InvalidOperationException($"vote refused: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
});
using var bareClient = new HttpClient { BaseAddress = new Uri(bareUrl) };
var (bareVoteRps, bareVoteP99) = await LoadAsync(ballots.Count, connections, async i =>
{
    using var response = await bareClient.PostAsync("/vote", new FormUrlEncodedContent([new("__RequestVerificationToken", ballots[i].Token), new("options", option)]));
    response.EnsureSuccessStatusCode();
});
rows.Add(("vote (POST), distinct users", "bare Kestrel", bareVoteRps, bareVoteP99, "load client"));
rows.Add(("vote (POST), distinct users", "site", siteVoteRps, siteVoteP99, "load client"));

// The check: the counters say what the site accepted.
var results = JsonDocument.Parse(await site.CreateSiteClient().GetStringAsync($"/polls/{pollId}/results")).RootElement;
var counted = results.GetProperty("voters").GetInt64();
var optionCounts = results.GetProperty("options").EnumerateArray().Sum(o => o.GetProperty("count").GetInt64());
var ok = counted == accepted && optionCounts == accepted;

// (c) Wrong-password sign-ins, interleaved, each attempt from its own address so throttling stays out of it.
var unconfirmed = $"bench-unconfirmed-{Guid.NewGuid():N}@mail.example";
(await site.CreateSiteClient().SubmitFormAsync("/account/register", new Dictionary<string, string>
{
    ["DisplayName"] = "bench", ["Email"] = unconfirmed, ["Password"] = "Voter-pass-2026", ["ConfirmPassword"] = "Voter-pass-2026", ["AcceptPolicy"] = "true",
})).EnsureSuccessStatusCode();
var signInCases = new[] { ("unknown login", $"nobody-{Guid.NewGuid():N}@mail.example"), ("confirmed account", logins[0]), ("unconfirmed account", unconfirmed) };
var signInTimes = signInCases.ToDictionary(c => c.Item1, _ => new List<double>());
for (var i = 0; i < 40; i++)
    foreach (var (name, login) in signInCases)
    {
        var client = site.CreateSiteClient(IPAddress.Parse($"127.{signInTimes.Keys.ToList().IndexOf(name) + 1}.{i / 200}.{i % 200 + 1}"));
        var page = await client.GetDocumentAsync("/account/login");
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var started = Stopwatch.GetTimestamp();
        using var response = await client.PostAsync("/account/login", new FormUrlEncodedContent([new("__RequestVerificationToken", token), new("Login", login), new("Password", "Wrong-pass-2026")]));
        signInTimes[name].Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        if (response.StatusCode != HttpStatusCode.OK) throw new InvalidOperationException($"sign-in for {name} answered {(int)response.StatusCode}");
    }

var report = new System.Text.StringBuilder();
report.AppendLine($"| case | target | requests/s | p99 (ms) | ratio to bare Kestrel |");
report.AppendLine($"|---|---|---:|---:|---:|");
foreach (var group in rows.GroupBy(r => r.Case))
{
    var baseline = group.First(r => r.Target == "bare Kestrel").Rps;
    foreach (var r in group) report.AppendLine($"| {r.Case} ({r.Note}) | {r.Target} | {r.Rps:0} | {r.P99:0.0} | {r.Rps / baseline:0.00} |");
}
report.AppendLine();
report.AppendLine($"Votes accepted: {accepted} of {ballots.Count}; the poll counts {counted} voters and {optionCounts} choices: {(ok ? "equal" : "NOT EQUAL")}.");
report.AppendLine();
report.AppendLine("| sign-in, wrong password (40 each, interleaved) | median (ms) |");
report.AppendLine("|---|---:|");
foreach (var (name, times) in signInTimes) report.AppendLine($"| {name} | {times.Order().ElementAt(times.Count / 2):0.0} |");
report.AppendLine($"Machine: {Environment.ProcessorCount} cores, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}, .NET {Environment.Version}; {DateTime.UtcNow:yyyy-MM-dd} UTC.");
Console.WriteLine();
Console.WriteLine(report);
var resultsFolder = Path.Combine(FindRoot(), "bench", "results");
Directory.CreateDirectory(resultsFolder);
await File.WriteAllTextAsync(Path.Combine(resultsFolder, postgres is null ? "polls.md" : "polls-postgres.md"), report.ToString());
await bareApp.StopAsync();
// The site stops before its database server does, so its background services end quietly.
site.Dispose();
if (postgres is not null) await postgres.DisposeAsync();
return ok ? 0 : 1;

int Option(string name, int fallback)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
}

static async Task<(double Rps, double P99)> WrkAsync(string url, int connections, int seconds)
{
    var start = new ProcessStartInfo("wrk", $"-t2 -c{connections} -d{seconds}s --latency {url}") { RedirectStandardOutput = true, RedirectStandardError = true };
    Process process;
    try { process = Process.Start(start)!; }
    catch (System.ComponentModel.Win32Exception) { throw new InvalidOperationException("wrk is not installed: apt-get install wrk"); }
    var output = await process.StandardOutput.ReadToEndAsync();
    await process.WaitForExitAsync();
    var rps = double.Parse(Regex.Match(output, @"Requests/sec:\s+([\d.]+)").Groups[1].Value, CultureInfo.InvariantCulture);
    var p99 = Regex.Match(output, @"99%\s+([\d.]+)(us|ms|s)");
    var value = double.Parse(p99.Groups[1].Value, CultureInfo.InvariantCulture);
    var errors = Regex.Match(output, @"Non-2xx or 3xx responses: (\d+)");
    if (errors.Success) throw new InvalidOperationException($"{url} answered {errors.Groups[1].Value} errors under load:\n{output}");
    return (rps, p99.Groups[2].Value switch { "us" => value / 1000, "s" => value * 1000, _ => value });
}

static async Task<(double Rps, double P99)> LoadAsync(int count, int workers, Func<int, Task> send)
{
    var latencies = new double[count];
    var next = -1;
    var watch = Stopwatch.StartNew();
    await Task.WhenAll(Enumerable.Range(0, workers).Select(async _ =>
    {
        int i;
        while ((i = Interlocked.Increment(ref next)) < count)
        {
            var started = Stopwatch.GetTimestamp();
            await send(i);
            latencies[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        }
    }));
    var elapsed = watch.Elapsed.TotalSeconds;
    Array.Sort(latencies);
    return (count / elapsed, latencies[(int)Math.Ceiling(0.99 * count) - 1]);
}

static string FindRoot()
{
    var dir = new DirectoryInfo(AppContext.BaseDirectory);
    while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Participation.sln"))) dir = dir.Parent;
    return dir?.FullName ?? Directory.GetCurrentDirectory();
}
