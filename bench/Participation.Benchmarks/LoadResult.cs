namespace Participation.Benchmarks;

/// <summary>What one load run measured; <see cref="Failures"/> counts answers that were not 2xx/3xx (or did not come).</summary>
public sealed record LoadResult(double RequestsPerSecond, double P50Ms, double P99Ms, long Requests, long Failures, string? FailureSample = null)
{
    public static LoadResult From(List<double> latencies, TimeSpan elapsed, long failures, string? failureSample)
    {
        latencies.Sort();
        double At(double q) => latencies.Count == 0 ? double.NaN : latencies[Math.Clamp((int)Math.Ceiling(q * latencies.Count) - 1, 0, latencies.Count - 1)];
        return new(latencies.Count / elapsed.TotalSeconds, At(0.50), At(0.99), latencies.Count, failures, failureSample);
    }
}
