using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Participation.Data;
using Participation.Hosting;
using Participation.Workflows.Activities;
using Participation.Workflows.Models;

namespace Participation.Workflows.Services;

/// <summary>
/// The engine's loop. Due timers become stored events (claimed with a conditional update in
/// the same transaction, so a timer fires once even with two nodes on one database). Stored
/// events start the enabled workflow types whose starting event matches. Each instance runs
/// in its own transaction with everything it writes — outbox emails included — so a failing
/// task leaves no half-done work, is recorded as Faulted with its steps, and other
/// workflows go on.
/// </summary>
public sealed class WorkflowProcessor(
    IServiceScopeFactory scopes,
    IShellSettingsStore shell,
    WorkflowSignal signal,
    WorkflowExecutor executor,
    IEnumerable<Activity> activities,
    IOptions<WorkflowOptions> options,
    TimeProvider clock,
    ILogger<WorkflowProcessor> logger) : PollingBackgroundService(shell, signal, logger)
{
    private readonly Dictionary<string, EventActivity> _events = activities.OfType<EventActivity>().ToDictionary(a => a.Name, StringComparer.Ordinal);

    private TimeSpan Lease => TimeSpan.FromSeconds(Math.Max(5, options.Value.LeaseSeconds));

    protected override TimeSpan PollInterval => TimeSpan.FromMilliseconds(options.Value.PollMilliseconds);

    /// <summary>Due timers first (they store events), then the stored events.</summary>
    protected override async Task<int> RunOnceAsync(CancellationToken cancellationToken)
        => await FireDueTimersAsync(cancellationToken) + await ProcessEventsAsync(cancellationToken);

    public async Task<int> FireDueTimersAsync(CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var session = scope.ServiceProvider.GetRequiredService<IDataSession>();
        var now = clock.GetUtcNow().UtcDateTime;
        var due = await session.Set<WorkflowTimer>().Where(t => t.Status == WorkflowTimerStatus.Pending && t.DueUtc <= now)
            .OrderBy(t => t.DueUtc).Select(t => t.Id).Take(50).ToListAsync(cancellationToken);
        var fired = 0;
        foreach (var id in due)
        {
            await using var transaction = await session.Database.BeginTransactionAsync(cancellationToken);
            var claimed = await session.Set<WorkflowTimer>().Where(t => t.Id == id && t.Status == WorkflowTimerStatus.Pending)
                .ExecuteUpdateAsync(s => s.SetProperty(t => t.Status, WorkflowTimerStatus.Fired).SetProperty(t => t.FiredUtc, now), cancellationToken);
            if (claimed == 0) continue; // another node fired it
            var timer = await session.Set<WorkflowTimer>().AsNoTracking().FirstAsync(t => t.Id == id, cancellationToken);
            var input = JsonNode.Parse(timer.Input) as JsonObject ?? [];
            if (timer.ContentItemId is not null) input["ContentItemId"] = timer.ContentItemId;
            input["TimerId"] = timer.Id;
            input["DueUtc"] = timer.DueUtc.ToString("O");
            session.Set<WorkflowEventRecord>().Add(new WorkflowEventRecord
            {
                Name = timer.EventName, Input = input.ToJsonString(), CorrelationId = timer.CorrelationId,
                TargetWorkflowTypeId = timer.WorkflowTypeId, TargetActivityId = timer.ActivityId,
                Status = WorkflowEventStatus.Pending, CreatedUtc = now,
            });
            await session.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            logger.LogInformation("Timer {Timer} ({Event}, due {Due:O}) fired", id, timer.EventName, timer.DueUtc);
            fired++;
        }
        return fired;
    }

    public async Task<int> ProcessEventsAsync(CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var session = scope.ServiceProvider.GetRequiredService<IDataSession>();
        var now = clock.GetUtcNow().UtcDateTime;
        var ids = await session.Set<WorkflowEventRecord>()
            .Where(e => e.Status == WorkflowEventStatus.Pending || (e.Status == WorkflowEventStatus.Processing && e.LockedUntilUtc < now))
            .OrderBy(e => e.Id).Select(e => e.Id).Take(20).ToListAsync(cancellationToken);
        var handled = 0;
        foreach (var id in ids)
        {
            var lockedUntil = now + Lease;
            var claimed = await session.Set<WorkflowEventRecord>()
                .Where(e => e.Id == id && (e.Status == WorkflowEventStatus.Pending || (e.Status == WorkflowEventStatus.Processing && e.LockedUntilUtc < now)))
                .ExecuteUpdateAsync(s => s.SetProperty(e => e.Status, WorkflowEventStatus.Processing).SetProperty(e => e.LockedUntilUtc, lockedUntil), cancellationToken);
            if (claimed == 0) continue;
            // Once claimed, an event is run and recorded even when the node is stopping (SIGTERM):
            // a stop must not leave it claimed until its lease ends.
            var record = await session.Set<WorkflowEventRecord>().AsNoTracking().FirstAsync(e => e.Id == id, CancellationToken.None);
            await RunEventAsync(session, record);
            var done = clock.GetUtcNow().UtcDateTime;
            await session.Set<WorkflowEventRecord>().Where(e => e.Id == id)
                .ExecuteUpdateAsync(s => s.SetProperty(e => e.Status, WorkflowEventStatus.Done).SetProperty(e => e.ProcessedUtc, done), CancellationToken.None);
            handled++;
        }
        return handled;
    }

    private async Task RunEventAsync(IDataSession session, WorkflowEventRecord record)
    {
        var query = session.Set<WorkflowTypeRecord>().AsNoTracking().Where(t => t.IsEnabled && t.StartEvent == record.Name);
        if (record.TargetWorkflowTypeId is { } target) query = query.Where(t => t.WorkflowTypeId == target);
        var input = JsonNode.Parse(record.Input) as JsonObject ?? [];
        foreach (var type in await query.ToListAsync())
        {
            var definition = WorkflowDefinition.Parse(type.Definition);
            var start = definition.Start;
            if (start is null || !_events.TryGetValue(start.Name, out var kind)) continue;
            if (record.TargetActivityId is { } activityId && start.ActivityId != activityId) continue;
            if (!kind.Matches(start, input.ToDictionary(p => p.Key, p => p.Value))) continue;
            if (await session.Set<WorkflowInstance>().AnyAsync(i => i.EventId == record.Id && i.WorkflowTypeId == type.WorkflowTypeId)) continue;
            await RunInstanceAsync(type, definition, input, record.Id, record.Name, record.CorrelationId, rerunOf: null);
        }
    }

    /// <summary>Runs one instance in its own scope and transaction and records how it went.</summary>
    public async Task<WorkflowInstance?> RunInstanceAsync(WorkflowTypeRecord type, WorkflowDefinition definition, JsonObject input, long? eventId, string eventName, string? correlationId, long? rerunOf)
    {
        var instance = new WorkflowInstance
        {
            WorkflowTypeId = type.WorkflowTypeId, WorkflowTypeVersion = type.Version, EventId = eventId, EventName = eventName,
            Input = input.ToJsonString(), CorrelationId = correlationId, RerunOfId = rerunOf, CreatedUtc = clock.GetUtcNow().UtcDateTime,
        };
        await using (var scope = scopes.CreateAsyncScope())
        {
            var session = scope.ServiceProvider.GetRequiredService<IDataSession>();
            await using var transaction = await session.Database.BeginTransactionAsync();
            try
            {
                instance.Steps = [.. await executor.RunAsync(definition, (JsonObject)input.DeepClone(), scope.ServiceProvider)];
                instance.Status = WorkflowStatus.Finished;
                instance.FinishedUtc = clock.GetUtcNow().UtcDateTime;
                session.Set<WorkflowInstance>().Add(instance);
                await session.SaveChangesAsync();
                await transaction.CommitAsync();
                return instance;
            }
            catch (WorkflowFaultException ex)
            {
                await transaction.RollbackAsync();
                logger.LogWarning("Workflow {Type} faulted on event {Event}: {Error}", type.WorkflowTypeId, eventId, ex.Message);
                instance.Steps = [.. ex.Steps.Select(s => new WorkflowStep { Sequence = s.Sequence, ActivityId = s.ActivityId, ActivityName = s.ActivityName, Outcome = s.Outcome, Error = s.Error, StartedUtc = s.StartedUtc, FinishedUtc = s.FinishedUtc })];
                instance.Error = ex.Message;
            }
            catch (DbUpdateException) when (eventId is not null)
            {
                await transaction.RollbackAsync();
                // The unique (event, type) index: another node ran this already.
                if (await InstanceExistsAsync(eventId.Value, type.WorkflowTypeId)) return null;
                throw;
            }
        }
        await using var faultScope = scopes.CreateAsyncScope();
        var faultSession = faultScope.ServiceProvider.GetRequiredService<IDataSession>();
        instance.Status = WorkflowStatus.Faulted;
        instance.FinishedUtc = clock.GetUtcNow().UtcDateTime;
        faultSession.Set<WorkflowInstance>().Add(instance);
        await faultSession.SaveChangesAsync();
        return instance;
    }

    private async Task<bool> InstanceExistsAsync(long eventId, string workflowTypeId)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IDataSession>().Set<WorkflowInstance>().AnyAsync(i => i.EventId == eventId && i.WorkflowTypeId == workflowTypeId);
    }
}
