using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Participation.Data;
using Participation.Hosting;

namespace Participation.Transparency.Services;

/// <summary>
/// Builds the impact reports the month-end workflow left pending, one at a time, outside the
/// workflow engine: printing takes seconds, and the engine's other events (citizens' and
/// departments' emails) must not wait behind it. See <see cref="ImpactReports.BuildDueAsync"/>.
/// </summary>
public sealed class ImpactReportBuilder(IServiceScopeFactory scopes, IShellSettingsStore shell, IOptions<ImpactReportOptions> options, ILogger<ImpactReportBuilder> logger)
    : PollingBackgroundService(shell, new WakeSignal(), logger)
{
    protected override TimeSpan PollInterval => TimeSpan.FromMilliseconds(Math.Max(50, options.Value.PollMilliseconds));

    protected override async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ImpactReports>().BuildDueAsync(cancellationToken);
    }
}
