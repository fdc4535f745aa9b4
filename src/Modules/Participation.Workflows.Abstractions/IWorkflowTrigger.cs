namespace Participation.Workflows;

/// <summary>
/// Raises an event for the workflows: the event is stored first and run by the workflow
/// processor, so an acknowledged change never loses its follow-up.
/// </summary>
public interface IWorkflowTrigger
{
    /// <param name="eventName">The name of the event activity that workflow types start on.</param>
    /// <param name="input">Values the workflow reads as <c>Input.*</c> in its templates; a content item as <c>ContentItemId</c>.</param>
    Task TriggerAsync(string eventName, IReadOnlyDictionary<string, object?> input, string? correlationId = null);
}
