using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Participation.Data;
using Participation.Workflows.Models;

namespace Participation.Workflows.Services;

/// <summary>Keyed timers for modules (a deadline per record they keep): rows the processor fires.</summary>
public sealed class WorkflowTimers(IDataSession session, WorkflowSignal signal, TimeProvider clock) : IWorkflowTimers
{
    public async Task ScheduleAsync(string eventName, string key, DateTime dueUtc, IReadOnlyDictionary<string, object?> input)
    {
        var timer = await session.Set<WorkflowTimer>().FirstOrDefaultAsync(t => t.EventName == eventName && t.CorrelationId == key && t.Status == WorkflowTimerStatus.Pending);
        if (timer is null)
        {
            session.Set<WorkflowTimer>().Add(timer = new WorkflowTimer
            {
                EventName = eventName, CorrelationId = key, Status = WorkflowTimerStatus.Pending, CreatedUtc = clock.GetUtcNow().UtcDateTime,
            });
        }
        timer.DueUtc = dueUtc;
        timer.Input = JsonSerializer.Serialize(input);
        await session.SaveChangesAsync();
        signal.Wake();
    }

    public async Task CancelAsync(string eventName, string key)
        => await session.Set<WorkflowTimer>().Where(t => t.EventName == eventName && t.CorrelationId == key && t.Status == WorkflowTimerStatus.Pending)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.Status, WorkflowTimerStatus.Cancelled));
}
