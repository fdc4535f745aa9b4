using System.Text.Json.Nodes;
using Participation.Workflows.Models;

namespace Participation.Workflows.Activities;

/// <summary>
/// Starts a workflow when its event happens and its filters (content type…) match. The event
/// is raised under the activity's <see cref="Activity.Name"/> (<see cref="IWorkflowTrigger"/>).
/// </summary>
public abstract class EventActivity : Activity
{
    /// <summary>What the event gives templates (its input, its item), listed beside the activity editors.</summary>
    public virtual IEnumerable<ActivityVariable> Variables => [];

    public virtual bool Matches(ActivityRecord activity, IReadOnlyDictionary<string, JsonNode?> input) => true;

    /// <summary>Matches when the property is empty or equals the input value (case-insensitive).</summary>
    protected static bool Filter(ActivityRecord activity, string property, IReadOnlyDictionary<string, JsonNode?> input, string inputKey)
    {
        var wanted = activity.Text(property);
        if (string.IsNullOrWhiteSpace(wanted)) return true;
        return input.TryGetValue(inputKey, out var value) && string.Equals(value?.ToString(), wanted, StringComparison.OrdinalIgnoreCase);
    }
}
