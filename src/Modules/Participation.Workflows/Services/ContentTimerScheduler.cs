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
    /// <summary>Items of a type read at a time when a workflow type is saved: a site holds thousands of consultations.</summary>
    public const int PageSize = 500;

    public async Task ScheduleAsync(ContentItem item)
    {
        foreach (var (type, start) in await TimerStartsAsync(item.ContentType))
        {
            var timer = await session.Set<WorkflowTimer>().FirstOrDefaultAsync(t => t.WorkflowTypeId == type.WorkflowTypeId && t.ActivityId == start.ActivityId && t.ContentItemId == item.ContentItemId);
            Arm(type, start, item, timer);
        }
        await session.SaveChangesAsync();
    }

    public async Task CancelAsync(string contentItemId)
        => await session.Set<WorkflowTimer>().Where(t => t.ContentItemId == contentItemId && t.Status == WorkflowTimerStatus.Pending)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.Status, WorkflowTimerStatus.Cancelled));

    /// <summary>
    /// After a workflow type is saved: timers for every published item it concerns, read a page at
    /// a time by id with their timers in one query, saved per page and then let go.
    /// </summary>
    public async Task ScheduleTypeAsync(WorkflowTypeRecord type)
    {
        var start = WorkflowDefinition.Parse(type.Definition).Start;
        await session.Set<WorkflowTimer>().Where(t => t.WorkflowTypeId == type.WorkflowTypeId && t.Status == WorkflowTimerStatus.Pending)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.Status, WorkflowTimerStatus.Cancelled));
        if (!type.IsEnabled || start?.Name != nameof(ContentDateTimerEvent) || start.Text("ContentType") is not { } contentType) return;
        for (long after = 0; ;)
        {
            var items = await session.Set<ContentItem>().AsNoTracking().Where(x => x.Published && x.ContentType == contentType && x.Id > after)
                .OrderBy(x => x.Id).Take(PageSize).ToListAsync();
            if (items.Count == 0) return;
            var ids = items.Select(i => i.ContentItemId).ToList();
            var timers = await session.Set<WorkflowTimer>()
                .Where(t => t.WorkflowTypeId == type.WorkflowTypeId && t.ActivityId == start.ActivityId && ids.Contains(t.ContentItemId!))
                .ToDictionaryAsync(t => t.ContentItemId!);
            var armed = items.Select(item => Arm(type, start, item, timers.GetValueOrDefault(item.ContentItemId))).OfType<WorkflowTimer>().ToList();
            await session.SaveChangesAsync();
            foreach (var timer in armed) session.Set<WorkflowTimer>().Entry(timer).State = EntityState.Detached;
            if (items.Count < PageSize) return;
            after = items[^1].Id;
        }
    }

    /// <summary>Sets the item's timer for one workflow type to the date the item holds; the timer to save, if any.</summary>
    private WorkflowTimer? Arm(WorkflowTypeRecord type, ActivityRecord start, ContentItem item, WorkflowTimer? timer)
    {
        var due = ContentDateTimerEvent.DueUtc(item, start);
        if (due is null)
        {
            if (timer is { Status: WorkflowTimerStatus.Pending }) timer.Status = WorkflowTimerStatus.Cancelled;
            return timer;
        }
        if (timer is null)
        {
            timer = new WorkflowTimer
            {
                EventName = WorkflowEventNames.ContentDateReached, WorkflowTypeId = type.WorkflowTypeId, ActivityId = start.ActivityId,
                ContentItemId = item.ContentItemId, DueUtc = due.Value, Status = WorkflowTimerStatus.Pending, CreatedUtc = clock.GetUtcNow().UtcDateTime,
            };
            session.Set<WorkflowTimer>().Add(timer);
        }
        else if (timer.Status != WorkflowTimerStatus.Fired || (timer.DueUtc != due.Value && due.Value > clock.GetUtcNow().UtcDateTime))
        {
            timer.DueUtc = due.Value;
            timer.Status = WorkflowTimerStatus.Pending;
        }
        return timer;
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
