using System.Text.Json;
using System.Text.Json.Nodes;
using Participation.Data;
using Participation.Workflows.Models;

namespace Participation.Workflows.Services;

/// <summary>Stores the event (in the caller's transaction, if any) and wakes the processor.</summary>
public sealed class WorkflowTrigger(IDataSession session, WorkflowSignal signal, TimeProvider clock) : IWorkflowTrigger
{
    public async Task TriggerAsync(string eventName, IReadOnlyDictionary<string, object?> input, string? correlationId = null)
    {
        session.Set<WorkflowEventRecord>().Add(new WorkflowEventRecord
        {
            Name = eventName,
            Input = JsonSerializer.Serialize(input),
            CorrelationId = correlationId,
            Status = WorkflowEventStatus.Pending,
            CreatedUtc = clock.GetUtcNow().UtcDateTime,
        });
        await session.SaveChangesAsync();
        signal.Wake();
    }
}
