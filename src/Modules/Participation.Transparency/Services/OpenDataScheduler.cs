using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Participation.Data;
using Participation.Hosting;

namespace Participation.Transparency.Services;

/// <summary>
/// Rebuilds the open data once a day: each node tries the day's slot, and the unique slot in
/// the database lets one of them build it.
/// </summary>
public sealed class OpenDataScheduler(IServiceScopeFactory scopes, IShellSettingsStore shell, TimeProvider clock, ILogger<OpenDataScheduler> logger)
    : PollingBackgroundService(shell, new WakeSignal(), logger)
{
    protected override TimeSpan PollInterval => TimeSpan.FromMinutes(10);

    protected override async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<OpenDataPublisher>().BuildAsync(OpenDataPublisher.DailySlot(clock.GetUtcNow().UtcDateTime), cancellationToken);
        return 0;
    }
}
