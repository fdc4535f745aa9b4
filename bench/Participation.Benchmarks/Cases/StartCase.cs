namespace Participation.Benchmarks.Cases;

/// <summary>
/// An installed site's start: process start → first 200 from <c>/</c> (target &lt; 2 s), and its RSS
/// then; also the CPU the process spent until then, which a busy machine changes far less than the wall clock.
/// A start that is not the installed site's usual one (the first after seeding rebuilds the search
/// indexes from rows written behind the handlers' back) is measured with <paramref name="judged"/> off:
/// the row says why instead of judging the target.
/// </summary>
public sealed class StartCase(string label, bool judged = true) : IBenchCase
{
    public string Key => "start";

    public async Task RunAsync(BenchRun run)
    {
        await run.Site.StopAsync();
        var took = await run.Site.StartAsync(TimeSpan.FromMinutes(10));
        var cpu = run.Site.CpuTime();
        var name = $"start of the installed site ({label})";
        var note = $"process start → first 200 (p50 column), {cpu.TotalSeconds:0.00} s of CPU, {run.Site.Kind}";
        run.Table.Add(new(name, "site", new LoadResult(double.NaN, took.TotalMilliseconds, double.NaN, 1, 0), null, run.Site.ResidentMegabytes(),
            run.Options.Smoke ? note : judged ? $"{note}; target < 2 s {(took.TotalSeconds < 2 ? "met" : "missed")}" : $"{note}; not judged: the first start after a seeding rebuilds the search indexes"));
        run.Table.Check(name, true, $"answered 200 after {took.TotalSeconds:0.00} s");
    }
}
