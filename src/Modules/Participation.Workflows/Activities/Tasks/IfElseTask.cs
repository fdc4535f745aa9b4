using Participation.Workflows.Models;

namespace Participation.Workflows.Activities.Tasks;

/// <summary>
/// Branches on a Liquid <c>Condition</c>: True when it renders to "true" (e.g.
/// <c>{% if Content.Stage == "Open" %}true{% endif %}</c>), else False.
/// </summary>
public sealed class IfElseTask : TaskActivity
{
    public override string DisplayText => "If / else";
    public override IEnumerable<string> Outcomes(ActivityRecord activity) => ["True", "False"];
    public override IEnumerable<string> TemplatedProperties(ActivityRecord activity) => ["Condition"];

    public override IEnumerable<(string Property, string Problem)> Validate(ActivityRecord activity)
    {
        if (string.IsNullOrWhiteSpace(activity.Text("Condition"))) yield return ("Condition", "write the condition as a Liquid template that renders true or false.");
    }

    public override async Task<string> ExecuteAsync(IActivityExecutionContext context)
        => string.Equals((await context.RenderAsync(context.Activity.Text("Condition"))).Trim(), "true", StringComparison.OrdinalIgnoreCase) ? "True" : "False";
}
