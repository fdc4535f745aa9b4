using Participation.Workflows.Activities;
using Participation.Workflows.Models;

namespace Participation.Workflows.ViewModels;

public sealed record WorkflowTypeRow(WorkflowTypeRecord Type, int Finished, int Faulted);

public sealed class WorkflowEditViewModel
{
    public string? WorkflowTypeId { get; init; }
    public required string Json { get; init; }
    public IReadOnlyList<string> Problems { get; init; } = [];
    public WorkflowDefinition? Definition { get; init; }
    public int Version { get; init; }
    public required IReadOnlyList<Activity> Activities { get; init; }
    /// <summary>The outcomes a new step can follow, for the "add a step" form.</summary>
    public IReadOnlyList<StepOutcome> Outcomes { get; init; } = [];
}

public sealed record InstanceListViewModel(WorkflowTypeRecord Type, IReadOnlyList<WorkflowInstance> Instances);

/// <summary>One step of a workflow in its form: the activity's own fields, the values its templates may use, a preview.</summary>
public sealed class ActivityEditViewModel
{
    public required string WorkflowTypeId { get; init; }
    public required string WorkflowName { get; init; }
    public required ActivityRecord Activity { get; init; }
    /// <summary>Null for an activity no module registers any more.</summary>
    public Activity? Kind { get; init; }
    public bool IsNew { get; init; }
    /// <summary>For a new step: the outcome it follows, as <c>activityId:outcome</c>.</summary>
    public string? After { get; init; }
    public required ContentManagement.Display.ShapeResult Shape { get; init; }
    public IReadOnlyList<ActivityVariable> Variables { get; init; } = [];
    public IReadOnlyList<TemplatePreview> Previews { get; init; } = [];
}

/// <summary>A templated property rendered with the examples, or why it could not be.</summary>
public sealed record TemplatePreview(string Label, string? Text, string? Error);

/// <summary>A step a new one may follow: an activity's outcome.</summary>
public sealed record StepOutcome(string ActivityId, string Outcome, string Label);
