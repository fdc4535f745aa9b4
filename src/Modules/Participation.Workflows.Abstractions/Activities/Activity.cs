using Participation.Workflows.Models;

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
