using System.Diagnostics;
using System.Net;
using Participation.Testing;
using Participation.Testing.Seeding;

namespace Participation.Benchmarks.Cases;

/// <summary>
/// The national scale: seeds the site's database (unless it was seeded before, with <c>--seed</c>),
/// restarts the site so whatever it derives from content at start is rebuilt, then times each
/// page's first request and, when that came back in time, a short load (the issue used wrk -c16).
/// Targets: lists, filters and search p99 &lt; 50 ms; the officers' inbox, moderation queue and
/// analysis &lt; 200 ms (the survey with the seeded responses too, showing their count); the archive
/// report &lt; 5 s; an export streams (RSS flat while it downloads).
/// </summary>
public sealed class ScaleCase : IBenchCase
{
    private const string Big = "shaded-walkways";
    /// <summary>The sample's idea topic, which the seeded ideas all go to.</summary>
    private const string IdeaTopic = "idea-topic-parks";

    /// <param name="Shows">Text the page's first answer must contain, when its figures are checked.</param>
    private sealed record ScalePage(string Name, string Path, bool Admin, double TargetMs, bool Load = true, string? Shows = null);

    private static readonly ScalePage[] Pages =
    [
        new("consultation list", "/consultations", false, 50),
        new("consultation list, filtered", "/consultations?stage=Open&department=planning", false, 50),
        new("consultation list, Arabic search", "/consultations?q=" + Uri.EscapeDataString("ممرات"), false, 50),
        new("the consultation with the most comments", "/" + Big, false, 50),
        new("idea topic with every seeded idea", "/ideas/" + IdeaTopic, false, 50),
        new("idea topic, most supported", $"/ideas/{IdeaTopic}?sort=MostSupported", false, 50),
        new("idea topic, Arabic search", $"/ideas/{IdeaTopic}?q=" + Uri.EscapeDataString("مظلات"), false, 50),
        new("officers' inbox", "/admin/requests", true, 200),
        new("moderation queue", "/admin/moderation", true, 200),
        new("analysis of the big consultation", $"/admin/consultations/{Big}/analysis", true, 200),
        new("archive report of the big consultation", $"/admin/consultations/{Big}/report", true, 5000, Load: false),
    ];

    public string Key => "scale";

    public async Task RunAsync(BenchRun run)
    {
        var plan = SeedPlan.National.Divide(run.Options.ScaleDivisor);
        await using (var connection = run.OpenDatabase())
        {
            // A data folder seeded before (--seed --data) is measured as it is, whatever its size.
            // Seeded consultations tell, not seeded polls: the vote case adds polls of its own to every run.
            var seeded = Convert.ToInt64(await ScalarAsync(connection, "SELECT COUNT(*) FROM \"ContentItems\" WHERE \"ContentType\" = 'Consultation' AND \"Path\" LIKE 'seeded-%'"));
            if (seeded == 0)
            {
                await run.Site.StopAsync();
                var watch = Stopwatch.StartNew();
                await new DatabaseSeeder(line => Console.WriteLine("  seed: " + line)).SeedAsync(connection, run.Postgres, plan, DatabaseSeeder.Fillers.Where(f => f is not CitizenFiller));
                run.Table.Note($"Seeded 1/{run.Options.ScaleDivisor} of the national plan ({plan.Consultations:N0} consultations, {plan.Comments:N0} comments, {plan.CommentsOnBigConsultation:N0} on /{Big}, {plan.Ballots:N0} ballots, {plan.Requests:N0} requests, {plan.Ideas:N0} ideas with {plan.IdeaSupports:N0} supports, {plan.SurveyResponses:N0} survey responses) in {watch.Elapsed.TotalSeconds:0} s.");
            }
            else run.Table.Note($"Reused a seeded database ({seeded:N0} seeded consultations).");
        }
        // The first start after a seeding rebuilds the search indexes from rows written behind the handlers'
        // back; the target is judged on the restart after it, as a national site restarts with its indexes.
        await new StartCase("seeded, first start", judged: false).RunAsync(run);
        await new StartCase("seeded, restarted").RunAsync(run);

        var admin = await run.SignedInCookieAsync(SiteFactory.AdminUserName, SiteFactory.AdminPassword);
        using var client = new HttpClient(new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false }) { BaseAddress = new Uri(run.Site.Url), Timeout = TimeSpan.FromMinutes(2) };
        foreach (var page in Pages) await MeasureAsync(run, client, page, page.Admin ? admin : null);
        await using (var connection = run.OpenDatabase())
        {
            // The survey the seeder answered, and its completed responses counted from the responses themselves (the page reads counters).
            var surveys = await ReadAsync(connection, "SELECT \"SurveyId\", COUNT(*) FROM \"SurveyResponses\" WHERE \"CompletedUtc\" IS NOT NULL GROUP BY \"SurveyId\" ORDER BY COUNT(*) DESC LIMIT 1");
            if (surveys is [var (surveyId, completed)])
                await MeasureAsync(run, client, new("analysis of the seeded survey", $"/admin/surveys/{surveyId}/analysis", true, 200, Shows: $"data-figure=\"completed\">{completed}<"), admin);
            else run.Table.Check("analysis of the seeded survey", false, "no completed survey response was seeded");
        }
        await ExportAsync(run, client, admin);
    }

    private static async Task MeasureAsync(BenchRun run, HttpClient client, ScalePage page, string? cookie)
    {
        var name = $"{page.Name} (seeded)";
        HttpStatusCode status;
        TimeSpan first;
        string body;
        try
        {
            var watch = Stopwatch.StartNew();
            using var request = new HttpRequestMessage(HttpMethod.Get, page.Path);
            if (cookie is not null) request.Headers.Add("Cookie", cookie);
            using var response = await client.SendAsync(request);
            body = await response.Content.ReadAsStringAsync();
            (status, first) = (response.StatusCode, watch.Elapsed);
        }
        catch (TaskCanceledException)
        {
            run.Table.Add(new(name, "site", null, null, run.Site.ResidentMegabytes(), $"no answer within {client.Timeout.TotalSeconds:0} s"));
            run.Table.Check(name, run.Options.Smoke is false, $"GET {page.Path} did not answer within {client.Timeout.TotalSeconds:0} s");
            return;
        }
        run.Table.Check(name, status == HttpStatusCode.OK, $"GET {page.Path} answered {(int)status} (first request {first.TotalMilliseconds:0} ms)");
        if (status != HttpStatusCode.OK) return;
        if (page.Shows is { } shown) run.Table.Check(name + " figures", body.Contains(shown, StringComparison.Ordinal), $"GET {page.Path} should show {shown}");
        // A page whose first answer took seconds would only measure wrk's timeouts.
        if (!page.Load || first > TimeSpan.FromSeconds(2))
        {
            var verdict = run.Options.Smoke ? "" : first.TotalMilliseconds < page.TargetMs ? " met" : " missed";
            run.Table.Add(new(name, "site", new LoadResult(double.NaN, first.TotalMilliseconds, double.NaN, 1, 0), null, run.Site.ResidentMegabytes(), $"one request (p50 column); target < {page.TargetMs:0} ms{verdict}"));
            return;
        }
        var (load, rss) = await run.WithRssAsync(() => run.GetLoadAsync(run.Site.Url + page.Path, cookie, connections: Math.Min(16, run.Options.Connections)));
        // No answer at all under load is wrk's timeout on every request, not a p99 of 0.
        var met = run.Options.Smoke ? "" : load.Requests > 0 && load.P99Ms < page.TargetMs ? " met" : " missed";
        var answered = load.Requests > 0 ? "" : "; none answered within wrk's timeout";
        run.Table.Add(new(name, "site", load, null, rss, $"first request {first.TotalMilliseconds:0} ms; 16 connections{answered}; target p99 < {page.TargetMs:0} ms{met}"));
        run.Table.Check(name + " under load", load.Failures == 0, $"{load.Requests:N0} answers, {load.Failures:N0} failed");
    }

    /// <summary>The big consultation's contributions as CSV: memory should stay flat while it streams.</summary>
    private static async Task ExportAsync(BenchRun run, HttpClient client, string cookie)
    {
        const string name = "export of the big consultation (CSV, seeded)";
        var before = run.Site.ResidentMegabytes();
        var ((status, bytes, took), peak) = await run.WithRssAsync(async () =>
        {
            var watch = Stopwatch.StartNew();
            using var request = new HttpRequestMessage(HttpMethod.Get, $"/admin/consultations/{Big}/export.csv");
            request.Headers.Add("Cookie", cookie);
            using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
            await using var body = await response.Content.ReadAsStreamAsync();
            var (buffer, length) = (new byte[81920], 0L);
            for (int n; (n = await body.ReadAsync(buffer)) > 0;) length += n;
            return (response.StatusCode, length, watch.Elapsed);
        });
        run.Table.Add(new(name, "site", new LoadResult(double.NaN, took.TotalMilliseconds, double.NaN, 1, 0), null, peak, $"{bytes / 1024.0 / 1024:0.0} MB in one request (p50 column); RSS {before:0} → {peak:0} MB during it"));
        run.Table.Check(name, status == HttpStatusCode.OK && bytes > 0, $"answered {(int)status} with {bytes:N0} bytes");
    }

    private static async Task<List<(string, long)>> ReadAsync(System.Data.Common.DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<(string, long)>();
        while (await reader.ReadAsync()) rows.Add((reader.GetString(0), Convert.ToInt64(reader.GetValue(1), System.Globalization.CultureInfo.InvariantCulture)));
        return rows;
    }

    private static async Task<object?> ScalarAsync(System.Data.Common.DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }
}
