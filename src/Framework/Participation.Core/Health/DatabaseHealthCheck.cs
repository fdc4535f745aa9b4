using Microsoft.Extensions.Diagnostics.HealthChecks;
using Participation.Data;

namespace Participation.Health;

/// <summary>Ready when the site is set up and its database answers; before setup it reports that setup is pending.</summary>
public sealed class DatabaseHealthCheck(IShellSettingsStore shell, ParticipationDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!shell.IsRunning) return HealthCheckResult.Degraded("The site is not set up yet.");
        try
        {
            return await db.Database.CanConnectAsync(cancellationToken)
                ? HealthCheckResult.Healthy($"{shell.Current.DatabaseProvider} answers.")
                : HealthCheckResult.Unhealthy($"{shell.Current.DatabaseProvider} does not answer.");
        }
        catch (Exception ex)
        {
            return HealthCheckResult.Unhealthy($"{shell.Current.DatabaseProvider} failed.", ex);
        }
    }
}
