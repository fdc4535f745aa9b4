using System.Globalization;
using System.Text;

namespace Participation.Benchmarks;

/// <summary>The run's one table (case, target, requests/s, p50, p99, ratio to bare, RSS) and a correctness line per case.</summary>
public sealed class ResultTable
{
    public sealed record Row(string Case, string Target, LoadResult? Load, double? Bare, double RssMb, string Note = "");

    private readonly List<Row> _rows = [];
    private readonly List<(string Case, bool Ok, string Line)> _checks = [];
    private readonly List<string> _notes = [];

    public bool AllCorrect => _checks.All(c => c.Ok);

    public void Add(Row row)
    {
        lock (_rows) _rows.Add(row);
        Console.WriteLine($"  {row.Case} [{row.Target}]: {Format(row.Load?.RequestsPerSecond, "0")} req/s, p50 {Format(row.Load?.P50Ms, "0.0")} ms, p99 {Format(row.Load?.P99Ms, "0.0")} ms{(row.Note.Length > 0 ? ", " + row.Note : "")}");
    }

    /// <summary>A correctness line; any false one fails the run.</summary>
    public void Check(string benchCase, bool ok, string line)
    {
        lock (_checks) _checks.Add((benchCase, ok, line));
        Console.WriteLine($"  {(ok ? "ok" : "WRONG")}: {benchCase}: {line}");
    }

    public void Note(string line) { lock (_notes) _notes.Add(line); }

    public string ToMarkdown(BenchOptions options)
    {
        var text = new StringBuilder();
        text.AppendLine($"Benchmark run {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC: {Environment.ProcessorCount} cores, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}, .NET {Environment.Version}; "
            + $"{options.Database}, {(options.UseWrk ? $"wrk -t2 -c{options.Connections}" : $"built-in client, {options.Connections} connections")}, {options.Seconds:0.#} s per run after {options.WarmUpSeconds:0.#} s warm-up, the site on {(options.SiteGc == "host" ? "its own GC setting" : $"the {options.SiteGc} GC")}{(options.Smoke ? "; SMOKE (correctness only, figures meaningless)" : "")}.");
        text.AppendLine();
        text.AppendLine("| case | target | requests/s | p50 (ms) | p99 (ms) | ratio to bare | site RSS (MB) | note |");
        text.AppendLine("|---|---|---:|---:|---:|---:|---:|---|");
        foreach (var r in _rows)
            text.AppendLine($"| {r.Case} | {r.Target} | {Format(r.Load?.RequestsPerSecond, "0")} | {Format(r.Load?.P50Ms, "0.0")} | {Format(r.Load?.P99Ms, "0.0")} | {(r.Bare is { } bare && r.Load is { } load ? (load.RequestsPerSecond / bare).ToString("0.000", CultureInfo.InvariantCulture) : "")} | {Format(r.RssMb, "0")} | {r.Note} |");
        text.AppendLine();
        text.AppendLine("Correctness:");
        text.AppendLine();
        foreach (var (benchCase, ok, line) in _checks) text.AppendLine($"- {(ok ? "ok" : "**WRONG**")}: {benchCase}: {line}");
        if (_notes.Count > 0) { text.AppendLine(); foreach (var note in _notes) text.AppendLine(note); }
        return text.ToString();
    }

    private static string Format(double? value, string format) => value is { } v && !double.IsNaN(v) ? v.ToString(format, CultureInfo.InvariantCulture) : "";
}
