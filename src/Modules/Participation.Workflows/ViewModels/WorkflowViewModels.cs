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
}

public sealed record InstanceListViewModel(WorkflowTypeRecord Type, IReadOnlyList<WorkflowInstance> Instances);
