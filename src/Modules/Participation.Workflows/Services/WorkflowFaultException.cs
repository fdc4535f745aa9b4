using Participation.Workflows.Models;

namespace Participation.Workflows.Services;

/// <summary>A step threw: the steps so far, and which one failed.</summary>
public sealed class WorkflowFaultException(IReadOnlyList<WorkflowStep> steps, string message, Exception inner) : Exception(message, inner)
{
    public IReadOnlyList<WorkflowStep> Steps { get; } = steps;
}
