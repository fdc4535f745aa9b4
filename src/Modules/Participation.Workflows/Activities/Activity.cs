using System.Text.Json.Nodes;
using Participation.Workflows.Models;
using Participation.Workflows.Services;

namespace Participation.Workflows.Activities;

/// <summary>
/// A kind of step a workflow can have. Modules add their own by registering an
/// <see cref="EventActivity"/> or <see cref="TaskActivity"/> (<c>services.AddActivity&lt;T&gt;()</c>).
/// </summary>
public abstract class Activity
{
    /// <summary>The name definitions use, e.g. <c>SendEmailTask</c>.</summary>
    public string Name => GetType().Name;
    /// <summary>English; shown localised in the admin.</summary>
    public abstract string DisplayText { get; }
    public virtual IEnumerable<string> Outcomes(ActivityRecord activity) => ["Done"];
    /// <summary>Properties that hold Liquid templates; each must parse.</summary>
    public virtual IEnumerable<string> TemplatedProperties(ActivityRecord activity) => [];
    /// <summary>Other checks of the activity's properties: (property, problem).</summary>
    public virtual IEnumerable<(string Property, string Problem)> Validate(ActivityRecord activity) => [];
}

/// <summary>Starts a workflow when its event happens and its filters (content type…) match.</summary>
public abstract class EventActivity : Activity
{
    public virtual bool Matches(ActivityRecord activity, IReadOnlyDictionary<string, JsonNode?> input) => true;

    /// <summary>Matches when the property is empty or equals the input value (case-insensitive).</summary>
    protected static bool Filter(ActivityRecord activity, string property, IReadOnlyDictionary<string, JsonNode?> input, string inputKey)
    {
        var wanted = activity.Text(property);
        if (string.IsNullOrWhiteSpace(wanted)) return true;
        return input.TryGetValue(inputKey, out var value) && string.Equals(value?.ToString(), wanted, StringComparison.OrdinalIgnoreCase);
    }
}

/// <summary>Does work and returns the outcome that picks the next step.</summary>
public abstract class TaskActivity : Activity
{
    public abstract Task<string> ExecuteAsync(ActivityExecutionContext context);
}
