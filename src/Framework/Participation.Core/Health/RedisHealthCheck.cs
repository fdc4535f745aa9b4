using Microsoft.Extensions.Diagnostics.HealthChecks;
using Participation.Cluster;

namespace Participation.Health;

/// <summary>Redis down leaves the node serving (from the database and its own caches): degraded, still ready.</summary>
public sealed class RedisHealthCheck(RedisConnection redis) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
        => Task.FromResult(redis.IsConnected
            ? HealthCheckResult.Healthy("Redis answers.")
            : HealthCheckResult.Degraded("Redis does not answer: serving from the database and this node's caches."));
}
