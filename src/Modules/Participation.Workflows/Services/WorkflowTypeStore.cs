using Microsoft.EntityFrameworkCore;
using Participation.Data;
using Participation.Workflows.Models;

namespace Participation.Workflows.Services;

/// <summary>Saves workflow types: validated first, versioned, and their date timers brought up to date.</summary>
public sealed class WorkflowTypeStore(IDataSession session, WorkflowDefinitionValidator validator, ContentTimerScheduler timers, TimeProvider clock)
{
    /// <summary>Saves the definition, or returns what is wrong with it and saves nothing.</summary>
    public async Task<IReadOnlyList<string>> SaveAsync(WorkflowDefinition definition)
    {
        var problems = validator.Validate(definition);
        if (problems.Count > 0) return problems;
        var now = clock.GetUtcNow().UtcDateTime;
        var record = await session.Set<WorkflowTypeRecord>().FirstOrDefaultAsync(t => t.WorkflowTypeId == definition.WorkflowTypeId);
        if (record is null)
        {
            record = new WorkflowTypeRecord { WorkflowTypeId = definition.WorkflowTypeId, CreatedUtc = now };
            session.Set<WorkflowTypeRecord>().Add(record);
        }
        record.Name = definition.Name;
        record.IsEnabled = definition.IsEnabled;
        record.StartEvent = definition.Start!.Name;
        record.Definition = definition.ToJson();
        record.Version++;
        record.ModifiedUtc = now;
        await session.SaveChangesAsync();
        await timers.ScheduleTypeAsync(record);
        return [];
    }

    public async Task<bool> SetEnabledAsync(string workflowTypeId, bool enabled)
    {
        var record = await session.Set<WorkflowTypeRecord>().FirstOrDefaultAsync(t => t.WorkflowTypeId == workflowTypeId);
        if (record is null) return false;
        var definition = WorkflowDefinition.Parse(record.Definition);
        definition.IsEnabled = enabled;
        record.IsEnabled = enabled;
        record.Definition = definition.ToJson();
        record.ModifiedUtc = clock.GetUtcNow().UtcDateTime;
        await session.SaveChangesAsync();
        await timers.ScheduleTypeAsync(record);
        return true;
    }
}
