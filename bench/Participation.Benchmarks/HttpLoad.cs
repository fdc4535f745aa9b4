using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;

namespace Participation.Benchmarks;

/// <summary>
/// The built-in load client: <c>workers</c> loops, each sending its next request as soon as the
/// last one answered (closed loop, as wrk does). Used for POSTs, signed-in clients of their own,
/// and GETs where wrk is not installed (the smoke mode).
/// </summary>
public static class HttpLoad
{
    /// <summary>Sends requests for <paramref name="duration"/>; <paramref name="send"/> gets the worker number and returns whether the answer was right.</summary>
    public static async Task<LoadResult> ForAsync(TimeSpan duration, int workers, Func<int, Task<bool>> send)
    {
        var latencies = new ConcurrentBag<List<double>>();
        long failures = 0;
        string? sample = null;
        var watch = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, workers).Select(async w =>
        {
            var mine = new List<double>();
            latencies.Add(mine);
            while (watch.Elapsed < duration)
            {
                var started = Stopwatch.GetTimestamp();
                bool ok;
                try { ok = await send(w); }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException) { ok = false; sample ??= e.Message; }
                if (ok) mine.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                else Interlocked.Increment(ref failures);
            }
        }));
        return LoadResult.From([.. latencies.SelectMany(l => l)], watch.Elapsed, failures, sample);
    }

    /// <summary>Sends exactly <paramref name="count"/> requests (one per voter), <paramref name="workers"/> at a time.</summary>
    public static async Task<LoadResult> CountAsync(int count, int workers, Func<int, Task<bool>> send)
    {
        var latencies = new ConcurrentBag<double>();
        long failures = 0;
        var next = -1;
        var watch = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, workers).Select(async _ =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < count)
            {
                var started = Stopwatch.GetTimestamp();
                if (await send(i)) latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                else Interlocked.Increment(ref failures);
            }
        }));
        return LoadResult.From([.. latencies], watch.Elapsed, failures, null);
    }

    /// <summary>GETs <paramref name="url"/> (with the cookie when given) over <paramref name="connections"/> connections.</summary>
    public static async Task<LoadResult> GetAsync(string url, TimeSpan duration, int connections, string? cookie)
    {
        using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = connections, UseCookies = false, AllowAutoRedirect = false }) { Timeout = TimeSpan.FromSeconds(10) };
        return await ForAsync(duration, connections, async _ =>
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            if (cookie is not null) request.Headers.Add("Cookie", cookie);
            using var response = await client.SendAsync(request);
            await response.Content.CopyToAsync(Stream.Null);
            return response.StatusCode == HttpStatusCode.OK;
        });
    }
}
