using System.Globalization;

namespace Participation.Benchmarks;

/// <summary>The command line: which cases, how long, how hard, on which database.</summary>
public sealed record BenchOptions
{
    public static readonly string[] AllCases = ["pages", "signed-in", "votes", "live", "sign-in", "start", "scale"];

    public IReadOnlySet<string> Cases { get; init; } = AllCases.ToHashSet();
    /// <summary>The page cases' pages by name (<c>--pages "poll page,home"</c>), to measure or profile a few; every page when null.</summary>
    public IReadOnlySet<string>? Pages { get; init; }
    /// <summary>Every case for a moment with tiny data, checking correctness only (CI).</summary>
    public bool Smoke { get; init; }
    /// <summary>Only fill a database (in <see cref="DataPath"/>) and stop.</summary>
    public bool SeedOnly { get; init; }
    public string Database { get; init; } = "sqlite";
    public double Seconds { get; init; } = 10;
    public double WarmUpSeconds { get; init; } = 3;
    public int Connections { get; init; } = 64;
    public int Users { get; init; } = 600;
    /// <summary>Open polls the vote case adds (copies of the sample's); each voter votes in every one: 15,000 ballots, 5 s at the target rate.</summary>
    public int Polls { get; init; } = 25;
    public int Viewers { get; init; } = 2000;
    public double RefreshSeconds { get; init; } = 5;
    /// <summary>The seed is the national plan divided by this (20: a twentieth, to estimate the full one).</summary>
    public int ScaleDivisor { get; init; } = 1;
    /// <summary>A data folder to keep (seed mode) or reuse; a temp folder otherwise.</summary>
    public string? DataPath { get; init; }
    /// <summary>wrk for GET loads (the issue's tool); the built-in client when false (smoke, or no wrk installed).</summary>
    public bool UseWrk { get; init; } = true;
    /// <summary>Runs the site as published (ReadyToRun), as it is installed; the build output when false (smoke, <c>--build-output</c>).</summary>
    public bool Publish { get; init; } = true;
    /// <summary>
    /// The site's garbage collector: "host" (the host's own setting, by default: the workstation GC),
    /// or "server" / "workstation" (<c>DOTNET_gcServer</c> for the site's process only, not the
    /// benchmark's), to weigh memory against rate.
    /// </summary>
    public string SiteGc { get; init; } = "host";

    public static BenchOptions Parse(string[] args)
    {
        string? Value(string name) { var i = Array.IndexOf(args, name); return i >= 0 && i + 1 < args.Length ? args[i + 1] : null; }
        double Number(string name, double fallback) => Value(name) is { } v ? double.Parse(v, CultureInfo.InvariantCulture) : fallback;
        var smoke = args.Contains("--smoke");
        var unknown = args.Where(a => a.StartsWith("--", StringComparison.Ordinal)).Except(["--smoke", "--seed", "--no-wrk", "--cases", "--pages", "--database", "--seconds", "--warm-up", "--connections", "--users", "--polls", "--viewers", "--refresh", "--scale", "--data", "--build-output", "--site-gc"]).ToList();
        if (unknown.Count > 0) throw new ArgumentException($"Unknown options: {string.Join(", ", unknown)}");
        var cases = Value("--cases")?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet() ?? AllCases.ToHashSet();
        if (cases.Except(AllCases).ToList() is { Count: > 0 } wrong) throw new ArgumentException($"Unknown cases: {string.Join(", ", wrong)}; the cases are {string.Join(", ", AllCases)}");
        var pages = Value("--pages")?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet();
        if (pages?.Except(Participation.Benchmarks.Cases.PublicPage.Sample.Select(p => p.Name)).ToList() is { Count: > 0 } unknownPages)
            throw new ArgumentException($"Unknown pages: {string.Join(", ", unknownPages)}; the pages are {string.Join(", ", Participation.Benchmarks.Cases.PublicPage.Sample.Select(p => p.Name))}");
        var database = Value("--database") ?? "sqlite";
        if (database is not ("sqlite" or "postgres")) throw new ArgumentException("--database is sqlite or postgres");
        var siteGc = Value("--site-gc") ?? "host";
        if (siteGc is not ("host" or "server" or "workstation")) throw new ArgumentException("--site-gc is host, server or workstation");
        return new BenchOptions
        {
            Cases = cases, Pages = pages, Smoke = smoke, SeedOnly = args.Contains("--seed"), Database = database,
            Seconds = Number("--seconds", smoke ? 0.5 : 10), WarmUpSeconds = Number("--warm-up", smoke ? 0.2 : 3),
            Connections = (int)Number("--connections", smoke ? 4 : 64), Users = (int)Number("--users", smoke ? 20 : 600),
            Polls = Math.Max(1, (int)Number("--polls", smoke ? 2 : 25)),
            Viewers = (int)Number("--viewers", smoke ? 50 : 2000), RefreshSeconds = Number("--refresh", smoke ? 0.5 : 5),
            ScaleDivisor = (int)Number("--scale", smoke ? 1000 : 1), DataPath = Value("--data"),
            UseWrk = !smoke && !args.Contains("--no-wrk"), Publish = !smoke && !args.Contains("--build-output"),
            SiteGc = siteGc,
        };
    }
}
