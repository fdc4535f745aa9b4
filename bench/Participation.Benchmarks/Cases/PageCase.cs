using System.Net;

namespace Participation.Benchmarks.Cases;

/// <summary>
/// The sample's public pages, each against the bare endpoint serving the bytes the site just
/// answered for it, in the same run, after a warm-up: anonymous (target ≥ 50 % of bare, p99 < 50 ms)
/// or signed in as a citizen (≥ 15 %).
/// </summary>
public sealed class PageCase(bool signedIn) : IBenchCase
{
    public string Key => signedIn ? "signed-in" : "pages";

    public async Task RunAsync(BenchRun run)
    {
        var (target, label) = signedIn ? (0.15, "signed in") : (0.50, "anonymous");
        using var client = new HttpClient(new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false }) { BaseAddress = new Uri(run.Site.Url) };
        // The first case after the start: every page is loaded once before any is measured, so the
        // first one measured does not pay for the code the others share being compiled to its final tier.
        if (!signedIn && !run.Options.Smoke)
            foreach (var page in PublicPage.Sample) await run.WarmUpAsync(run.Site.Url + page.Path);
        foreach (var page in PublicPage.Sample.Where(p => run.Options.Pages?.Contains(p.Name) != false))
        {
            // Signed in afresh for each page: wrk sends the same cookie throughout, and one older than the
            // sign-in's validation interval (a minute) would be renewed on every request, where a browser
            // takes the renewed cookie once.
            var cookie = signedIn ? await run.SignedInCookieAsync(Participation.Testing.Seeding.CitizenFiller.Login(run.Citizens, 0), run.Citizens.CitizenPassword) : null;
            var name = $"{page.Name} ({label})";
            using var request = new HttpRequestMessage(HttpMethod.Get, page.Path);
            if (cookie is not null) request.Headers.Add("Cookie", cookie);
            using var response = await client.SendAsync(request);
            var body = await response.Content.ReadAsByteArrayAsync();
            var html = System.Text.Encoding.UTF8.GetString(body);
            var right = response.StatusCode == HttpStatusCode.OK && html.Contains(page.Expected, StringComparison.Ordinal) && (!signedIn || html.Contains("/account/logout", StringComparison.Ordinal));
            run.Table.Check(name, right, $"GET {page.Path} answered {(int)response.StatusCode}{(right ? $" with «{page.Expected}»" : $", without «{page.Expected}»{(signedIn ? " or the sign-out form" : "")}")}");
            if (!right) continue;

            // The smoke run checks answers only, so it skips the bare endpoint and stays short.
            var bare = run.Options.Smoke ? null : await run.GetLoadAsync(run.Bare.Serve(body, response.Content.Headers.ContentType?.ToString() ?? "text/html"));
            var (site, rss) = await run.WithRssAsync(() => run.GetLoadAsync(run.Site.Url + page.Path, cookie));
            if (bare is not null) run.Table.Add(new(name, "bare Kestrel", bare, null, double.NaN, $"{body.Length:N0} bytes"));
            var verdict = bare is null ? "" : site.RequestsPerSecond / bare.RequestsPerSecond >= target && site.P99Ms < 50 ? "met" : "missed";
            run.Table.Add(new(name, "site", site, bare?.RequestsPerSecond, rss, $"target ≥ {target:P0} of bare, p99 < 50 ms {verdict}".TrimEnd()));
            run.Table.Check(name, site.Failures == 0 && site.Requests > 0, site.Failures > 0 ? $"{site.Failures:N0} failed answers under load: {site.FailureSample}"
                : site.Requests == 0 ? "no answer at all under load" : $"{site.Requests:N0} answers under load, all 200");
        }
    }
}
