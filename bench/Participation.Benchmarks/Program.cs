// The benchmark of issue 13: the site as its own process (Release build output) against a bare
// Kestrel endpoint serving the same bytes, in one run; one table to bench/results/<date>.md.
//   dotnet run -c Release --project bench/Participation.Benchmarks [-- options]
//   --cases pages,signed-in,votes,live,sign-in,start,scale   (all by default)
//   --pages "poll page,home"     only these of the page cases' pages (PublicPage.Sample's names)
//   --database sqlite|postgres   --seconds 10 --warm-up 3 --connections 64 --users 600 --polls 25
//   --viewers 2000 --refresh 5   --scale 1 (the seed is the national plan / this)   --no-wrk
//   --seed --data <folder>       only set a site up in <folder> and seed it (then: --data <folder> --cases scale)
//   --smoke                      every case for a moment on tiny data, correctness only (CI)
//   --build-output               run the site from the build output instead of publishing it (ReadyToRun) first
//   --site-gc host|server|workstation  the site's garbage collector (host: the site's own setting, by default)
using Participation.Benchmarks;
using Participation.Benchmarks.Cases;
using Participation.Testing;
using Participation.Testing.Seeding;

BenchOptions options;
try { options = BenchOptions.Parse(args); }
catch (ArgumentException e) { Console.Error.WriteLine(e.Message); return 2; }
if (options.UseWrk && !Wrk.Installed)
{
    Console.WriteLine("wrk is not installed (apt-get install wrk): the GET loads use the built-in client.");
    options = options with { UseWrk = false };
}
if (options.SeedOnly && options.DataPath is null) { Console.Error.WriteLine("--seed needs --data <folder> to keep the seeded site in."); return 2; }

var dataPath = Path.GetFullPath(options.DataPath ?? Directory.CreateTempSubdirectory("participation-bench-").FullName);
Directory.CreateDirectory(dataPath);
await using var postgres = options.Database == "postgres" ? new PostgresServer() : null;
if (postgres is not null) await postgres.InitializeAsync();
var (provider, connectionString) = postgres is null ? ("Sqlite", "") : ("Postgres", postgres.ConnectionString("participation_bench"));
var table = new ResultTable();
Console.WriteLine($"Benchmark: {string.Join(", ", options.Cases)} on {options.Database}{(options.Smoke ? " (smoke)" : "")}, {Environment.ProcessorCount} cores, the site on {(options.SiteGc == "host" ? "its own GC setting" : $"the {options.SiteGc} GC")}; data in {dataPath}");
try
{
    await using var bare = await BareServer.StartAsync();
    await using var site = new SiteProcess(dataPath, provider, connectionString, options.SiteGc);
    if (options.Publish) { Console.WriteLine("Publishing the site (ReadyToRun, as installed)…"); await site.PublishAsync(); }
    var firstStart = await site.StartAsync(TimeSpan.FromMinutes(5));
    Console.WriteLine($"The site answered 200 after {firstStart.TotalSeconds:0.0} s");
    var run = new BenchRun(options, site, bare, table, provider, connectionString);

    if (options.SeedOnly) return await SeedOnlyAsync(run);

    // The citizens the signed-in and vote cases sign in as, made once per data folder.
    run.Citizens = new SeedPlan { Citizens = Math.Max(options.Users, 2), CitizenPrefix = "bench-citizen-", CitizenPassword = BenchRun.CitizenPassword };
    await using (var connection = run.OpenDatabase())
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT COUNT(*) FROM \"AspNetUsers\" WHERE \"UserName\" LIKE '{run.Citizens.CitizenPrefix}%'";
        var existing = Convert.ToInt32(await command.ExecuteScalarAsync());
        if (existing == 0) await new DatabaseSeeder(line => Console.WriteLine("  " + line)).SeedAsync(connection, run.Postgres, run.Citizens, [new CitizenFiller()]);
        else run.Citizens = run.Citizens with { Citizens = existing };
    }

    IBenchCase[] cases = [new PageCase(signedIn: false), new PageCase(signedIn: true), new VoteCase(), new LiveResultsCase(), new SignInTimingCase(), new StartCase("sample content"), new ScaleCase()];
    foreach (var benchCase in cases.Where(c => options.Cases.Contains(c.Key)))
    {
        Console.WriteLine($"[{benchCase.Key}]");
        try { await benchCase.RunAsync(run); }
        catch (Exception e) when (e is InvalidOperationException or HttpRequestException or TimeoutException or TaskCanceledException or System.Data.Common.DbException)
        {
            table.Check(benchCase.Key, false, $"the case stopped: {e.GetType().Name}: {e.Message}");
        }
        if (!options.Smoke) table.Note($"- The site's memory after `{benchCase.Key}`: {site.ResidentParts()}.");
    }
}
finally
{
    if (options.DataPath is null) try { Directory.Delete(dataPath, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
}

var report = table.ToMarkdown(options);
Console.WriteLine();
Console.WriteLine(report);
if (!options.Smoke)
{
    var file = Path.Combine(RepositoryRoot.Path, "bench", "results", $"{DateTime.UtcNow:yyyy-MM-dd}.md");
    Directory.CreateDirectory(Path.GetDirectoryName(file)!);
    await File.WriteAllTextAsync(file, report);
    Console.WriteLine($"Written to {file}");
}
Console.WriteLine(table.AllCorrect ? "Every correctness check passed." : "SOME CORRECTNESS CHECKS FAILED (see WRONG above).");
return table.AllCorrect ? 0 : 1;

async Task<int> SeedOnlyAsync(BenchRun run)
{
    await run.Site.StopAsync();
    var plan = SeedPlan.National.Divide(options.ScaleDivisor);
    await using var connection = run.OpenDatabase();
    var watch = System.Diagnostics.Stopwatch.StartNew();
    var outcomes = await new DatabaseSeeder(line => Console.WriteLine("  " + line)).SeedAsync(connection, run.Postgres, plan, DatabaseSeeder.Fillers.Where(f => f is not CitizenFiller));
    var took = watch.Elapsed;
    Console.WriteLine($"Seeded 1/{options.ScaleDivisor} of the national plan: {outcomes.Sum(o => o.Rows):N0} rows in {took.TotalSeconds:0.0} s"
        + (options.ScaleDivisor > 1 ? $"; the full plan would take about {took.TotalMinutes * options.ScaleDivisor:0} min at this rate" : ""));
    Console.WriteLine($"Start the site on it so it rebuilds what it derives from content; measure with: --data {dataPath} --cases scale");
    return 0;
}
