using System.Text.Json.Nodes;
using Participation.Workflows.Activities;
using Participation.Workflows.Models;

namespace Participation.Workflows.Services;

/// <summary>Walks a definition from its start: each task's outcome picks the transitions to follow.</summary>
public sealed class WorkflowExecutor(IEnumerable<Activity> activities, TimeProvider clock)
{
    /// <summary>A guard against a definition that loops forever.</summary>
    public const int MaxSteps = 200;
    private readonly Dictionary<string, Activity> _byName = activities.ToDictionary(a => a.Name, StringComparer.Ordinal);

    public async Task<IReadOnlyList<WorkflowStep>> RunAsync(WorkflowDefinition definition, JsonObject input, IServiceProvider services)
    {
        var start = definition.Start ?? throw new InvalidOperationException($"Workflow '{definition.WorkflowTypeId}' has no start.");
        var now = clock.GetUtcNow().UtcDateTime;
        var steps = new List<WorkflowStep> { new() { Sequence = 1, ActivityId = start.ActivityId, ActivityName = start.Name, Outcome = "Done", StartedUtc = now, FinishedUtc = now } };
        var queue = new Queue<ActivityRecord>(definition.Next(start.ActivityId, "Done"));
        while (queue.TryDequeue(out var activity))
        {
            if (steps.Count >= MaxSteps) throw new WorkflowFaultException(steps, $"more than {MaxSteps} steps: the workflow loops", new InvalidOperationException("loop"));
            var step = new WorkflowStep { Sequence = steps.Count + 1, ActivityId = activity.ActivityId, ActivityName = activity.Name, StartedUtc = clock.GetUtcNow().UtcDateTime };
            steps.Add(step);
            if (!_byName.TryGetValue(activity.Name, out var kind) || kind is not TaskActivity task)
                throw Fault(steps, step, new InvalidOperationException($"'{activity.Name}' is not a task this site knows."));
            try
            {
                step.Outcome = await task.ExecuteAsync(new ActivityExecutionContext { Activity = activity, Workflow = definition, Input = input, Services = services });
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                throw Fault(steps, step, ex);
            }
            step.FinishedUtc = clock.GetUtcNow().UtcDateTime;
            foreach (var next in definition.Next(activity.ActivityId, step.Outcome)) queue.Enqueue(next);
        }
        return steps;
    }

    private WorkflowFaultException Fault(List<WorkflowStep> steps, WorkflowStep step, Exception ex)
    {
        step.Error = ex.GetBaseException().Message;
        step.FinishedUtc = clock.GetUtcNow().UtcDateTime;
        return new WorkflowFaultException(steps, $"activity '{step.ActivityId}' ({step.ActivityName}) failed: {step.Error}", ex);
    }
}
