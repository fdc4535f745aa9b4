using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Participation.Data;
using Participation.Hosting;
using Participation.Transparency.Activities;
using Participation.Transparency.Domain;
using Participation.Workflows;

namespace Participation.Transparency.Services;

/// <summary>
/// Keeps the monthly timer armed: a workflow timer due at the first instant of next month,
/// keyed by the month it closes, so the event that starts the impact reports fires once per
/// month — the timers fire once even with two nodes. Arming an armed timer changes nothing.
/// </summary>
public sealed class MonthlyReportScheduler(IServiceScopeFactory scopes, IShellSettingsStore shell, TimeProvider clock, ILogger<MonthlyReportScheduler> logger)
    : PollingBackgroundService(shell, new WakeSignal(), logger)
{
    protected override TimeSpan PollInterval => TimeSpan.FromMinutes(10);

    public static string TimerKey(ReportPeriod period) => $"month:{period}";

    protected override async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        var month = ReportPeriod.Of(clock.GetUtcNow().UtcDateTime);
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IWorkflowTimers>()
            .ScheduleAsync(nameof(MonthEndedEvent), TimerKey(month), month.EndUtc, new Dictionary<string, object?> { ["Period"] = month.ToString() });
        return 0;
    }
}
