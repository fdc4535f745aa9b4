using System.Diagnostics.Metrics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Participation.Data;
using Participation.Diagnostics;
using Participation.Workflows.Models;

namespace Participation.Workflows.Services;

/// <summary>
/// The workflows' figures for an operator: events stored and not yet run (waiting or taken by
/// a node) and the age of the oldest, as of the last sample the host took (<see cref="IGaugeSampler"/>).
/// </summary>
public sealed class WorkflowMetrics : IGaugeSampler
{
    private readonly IServiceScopeFactory _scopes;
    private readonly TimeProvider _clock;
    private long _backlog;
    private double _oldestAgeSeconds;

    public WorkflowMetrics(IMeterFactory meters, IServiceScopeFactory scopes, TimeProvider clock)
    {
        _scopes = scopes;
        _clock = clock;
        var meter = ParticipationMeter.Create(meters);
        meter.CreateObservableGauge("participation.workflow_events.backlog", () => Volatile.Read(ref _backlog), "{event}", "Workflow events not yet run: waiting or being run");
        meter.CreateObservableGauge("participation.workflow_events.oldest_age", () => Volatile.Read(ref _oldestAgeSeconds), "s", "Age of the oldest workflow event not yet run (0 when none waits)");
    }

    public async Task SampleAsync(CancellationToken cancellationToken)
    {
        await using var scope = _scopes.CreateAsyncScope();
        var waiting = scope.ServiceProvider.GetRequiredService<IDataSession>().Set<WorkflowEventRecord>().AsNoTracking()
            .Where(e => e.Status == WorkflowEventStatus.Pending || e.Status == WorkflowEventStatus.Processing);
        var backlog = await waiting.LongCountAsync(cancellationToken);
        var oldest = backlog == 0 ? (DateTime?)null : await waiting.MinAsync(e => (DateTime?)e.CreatedUtc, cancellationToken);
        Volatile.Write(ref _backlog, backlog);
        Volatile.Write(ref _oldestAgeSeconds, oldest is { } created ? Math.Max(0, (_clock.GetUtcNow().UtcDateTime - created).TotalSeconds) : 0);
    }
}
