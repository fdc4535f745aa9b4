namespace Participation.Benchmarks.Cases;

/// <summary>One benchmark case, chosen with <c>--cases key,…</c>; it adds its rows and correctness lines to the run's table.</summary>
public interface IBenchCase
{
    string Key { get; }
    Task RunAsync(BenchRun run);
}
