using Microsoft.EntityFrameworkCore;
using Participation.ContentManagement;
using Participation.Data;
using Participation.Workflows.Activities.Events;
using Participation.Workflows.Models;

namespace Participation.Workflows.Services;

/// <summary>
/// Keeps one timer per (workflow type, content item) for workflows that start at a date the
/// item holds — a consultation's closing date. A changed date moves the timer; unpublishing
/// cancels it; a new date after it fired arms it again.
/// </summary>
public sealed class ContentTimerScheduler(IDataSession session, TimeProvider clock)
{
    public async Task ScheduleAsync(ContentItem item)
    {
        foreach (var (type, start) in await TimerStartsAsync(item.ContentType))
        {
            var due = ContentDateTimerEvent.DueUtc(item, start);
            var timer = await session.Set<WorkflowTimer>().FirstOrDefaultAsync(t => t.WorkflowTypeId == type.WorkflowTypeId && t.ActivityId == start.ActivityId && t.ContentItemId == item.ContentItemId);
            if (due is null)
            {
                if (timer is { Status: WorkflowTimerStatus.Pending }) timer.Status = WorkflowTimerStatus.Cancelled;
                continue;
            }
            if (timer is null)
            {
                session.Set<WorkflowTimer>().Add(new WorkflowTimer
                {
                    EventName = WorkflowEventNames.ContentDateReached, WorkflowTypeId = type.WorkflowTypeId, ActivityId = start.ActivityId,
                    ContentItemId = item.ContentItemId, DueUtc = due.Value, Status = WorkflowTimerStatus.Pending, CreatedUtc = clock.GetUtcNow().UtcDateTime,
                });
            }
            else if (timer.Status != WorkflowTimerStatus.Fired || (timer.DueUtc != due.Value && due.Value > clock.GetUtcNow().UtcDateTime))
            {
                timer.DueUtc = due.Value;
                timer.Status = WorkflowTimerStatus.Pending;
            }
        }
        await session.SaveChangesAsync();
    }

    public async Task CancelAsync(string contentItemId)
        => await session.Set<WorkflowTimer>().Where(t => t.ContentItemId == contentItemId && t.Status == WorkflowTimerStatus.Pending)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.Status, WorkflowTimerStatus.Cancelled));

    /// <summary>After a workflow type is saved: timers for every published item it concerns.</summary>
    public async Task ScheduleTypeAsync(WorkflowTypeRecord type)
    {
        var start = WorkflowDefinition.Parse(type.Definition).Start;
        await session.Set<WorkflowTimer>().Where(t => t.WorkflowTypeId == type.WorkflowTypeId && t.Status == WorkflowTimerStatus.Pending)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.Status, WorkflowTimerStatus.Cancelled));
        if (!type.IsEnabled || start?.Name != nameof(ContentDateTimerEvent) || start.Text("ContentType") is not { } contentType) return;
        var items = await session.Set<ContentItem>().Where(x => x.Published && x.ContentType == contentType).ToListAsync();
        foreach (var item in items) await ScheduleAsync(item);
    }

    private async Task<List<(WorkflowTypeRecord Type, ActivityRecord Start)>> TimerStartsAsync(string contentType)
    {
        var types = await session.Set<WorkflowTypeRecord>().AsNoTracking()
            .Where(t => t.IsEnabled && t.StartEvent == WorkflowEventNames.ContentDateReached).ToListAsync();
        return types.Select(t => (Type: t, Start: WorkflowDefinition.Parse(t.Definition).Start))
            .Where(x => x.Start is not null && string.Equals(x.Start.Text("ContentType"), contentType, StringComparison.OrdinalIgnoreCase))
            .Select(x => (x.Type, x.Start!)).ToList();
    }
}
