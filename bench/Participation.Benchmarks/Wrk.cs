using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Participation.Benchmarks;

/// <summary>Debian's wrk, as the issue measured: <c>-t2 -c{connections} --latency</c>.</summary>
public static partial class Wrk
{
    public static bool Installed => File.Exists("/usr/bin/wrk");

    public static async Task<LoadResult> GetAsync(string url, TimeSpan duration, int connections, string? cookie)
    {
        var arguments = new List<string> { "-t2", $"-c{connections}", $"-d{Math.Max(1, (int)Math.Round(duration.TotalSeconds))}s", "--latency", "--timeout", "5s" };
        if (cookie is not null) arguments.AddRange(["-H", $"Cookie: {cookie}"]);
        arguments.Add(url);
        var start = new ProcessStartInfo("/usr/bin/wrk", arguments) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        var requests = long.Parse(RequestsLine().Match(output).Groups[1].Value, CultureInfo.InvariantCulture);
        var failures = (NonSuccess().Match(output) is { Success: true } n ? long.Parse(n.Groups[1].Value, CultureInfo.InvariantCulture) : 0)
            + (Timeouts().Match(output) is { Success: true } t ? long.Parse(t.Groups[1].Value, CultureInfo.InvariantCulture) : 0);
        return new LoadResult(double.Parse(Rate().Match(output).Groups[1].Value, CultureInfo.InvariantCulture), Percentile(output, "50"), Percentile(output, "99"), requests, failures, failures > 0 ? output : null);
    }

    private static double Percentile(string output, string percent)
    {
        var match = Regex.Match(output, $@"\s{percent}%\s+([\d.]+)(us|ms|s)\b");
        if (!match.Success) return double.NaN;
        var value = double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        return match.Groups[2].Value switch { "us" => value / 1000, "s" => value * 1000, _ => value };
    }

    [GeneratedRegex(@"Requests/sec:\s+([\d.]+)")] private static partial Regex Rate();
    [GeneratedRegex(@"(\d+) requests in")] private static partial Regex RequestsLine();
    [GeneratedRegex(@"Non-2xx or 3xx responses: (\d+)")] private static partial Regex NonSuccess();
    [GeneratedRegex(@"timeout (\d+)")] private static partial Regex Timeouts();
}
