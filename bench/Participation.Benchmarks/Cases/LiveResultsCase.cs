using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;

namespace Participation.Benchmarks.Cases;

/// <summary>
/// Live results: N open poll pages, each fetching <c>/polls/{id}/results</c> once per refresh
/// interval, as the page's script does. The site must serve N / interval requests a second; the
/// case reports what it served, the latencies, and what it cost (the site's CPU, in cores).
/// </summary>
public sealed class LiveResultsCase : IBenchCase
{
    public string Key => "live";

    public async Task RunAsync(BenchRun run)
    {
        var (viewers, interval) = (run.Options.Viewers, TimeSpan.FromSeconds(run.Options.RefreshSeconds));
        using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = run.Options.Connections, UseCookies = false }) { BaseAddress = new Uri(run.Site.Url), Timeout = TimeSpan.FromSeconds(30) };
        var pollPage = await client.GetStringAsync("/park-hours-poll");
        var pollId = System.Text.RegularExpressions.Regex.Match(pollPage, "/polls/([^/\"]+)/(vote|results)").Groups[1].Value;
        var duration = run.Duration < 2 * interval ? 2 * interval : run.Duration;
        var latencies = new ConcurrentBag<double>();
        long failures = 0;
        var cpuBefore = run.Site.CpuTime();
        var watch = Stopwatch.StartNew();
        var (_, rss) = await run.WithRssAsync(async () =>
        {
            await Task.WhenAll(Enumerable.Range(0, viewers).Select(ViewAsync));
            return true;
        });
        var elapsed = watch.Elapsed;
        var cores = (run.Site.CpuTime() - cpuBefore) / elapsed;
        var load = LoadResult.From([.. latencies], elapsed, failures, null);
        var needed = viewers / interval.TotalSeconds;
        var name = $"live results, {viewers:N0} open poll pages every {interval.TotalSeconds:0.#} s";
        var kept = run.Options.Smoke ? "" : load.RequestsPerSecond >= 0.95 * needed && load.P99Ms < 50 ? "; kept up" : "; fell behind";
        run.Table.Add(new(name, "site", load, null, rss, $"needs {needed:0} req/s{kept}; cost {cores:0.00} cores of {Environment.ProcessorCount}"));
        run.Table.Check(name, failures == 0, $"{load.Requests:N0} refreshes answered 200, {failures:N0} failed");

        // One open page: its first refresh somewhere in the first interval (pages opened at different moments), then one per interval.
        async Task ViewAsync(int viewer)
        {
            for (var next = interval * ((double)viewer / viewers); next < duration; next += interval)
            {
                if (next - watch.Elapsed is { Ticks: > 0 } wait) await Task.Delay(wait);
                var started = Stopwatch.GetTimestamp();
                try
                {
                    using var response = await client.GetAsync($"/polls/{pollId}/results");
                    await response.Content.CopyToAsync(Stream.Null);
                    if (response.StatusCode == HttpStatusCode.OK) latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                    else Interlocked.Increment(ref failures);
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException) { Interlocked.Increment(ref failures); }
            }
        }
    }
}
