using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Participation.ContentManagement;
using Participation.ContentManagement.Lifecycle;
using Participation.Workflows.Models;

namespace Participation.Workflows.Activities.Tasks;

/// <summary>
/// Moves the event's content item through its lifecycle (<c>Trigger</c>, e.g. <c>Close</c>), through
/// the same guarded transition editors use. Outcomes: Done, or Refused when a guard does not hold.
/// </summary>
public sealed class ChangeStageTask : TaskActivity
{
    public override string DisplayText => "Change the lifecycle stage";
    public override IEnumerable<string> Outcomes(ActivityRecord activity) => ["Done", "Refused"];

    public override IEnumerable<(string Property, string Problem)> Validate(ActivityRecord activity)
    {
        if (string.IsNullOrWhiteSpace(activity.Text("Trigger"))) yield return ("Trigger", "name the move to make, e.g. Close.");
    }

    public override async Task<string> ExecuteAsync(IActivityExecutionContext context)
    {
        var item = await context.GetContentItemAsync() ?? throw new InvalidOperationException("the event concerns no content item");
        try
        {
            await context.Services.GetRequiredService<IContentLifecycle>().FireAsync(item, context.Activity.Text("Trigger")!, $"workflow {context.WorkflowTypeId}");
            return "Done";
        }
        catch (StageTransitionException)
        {
            return "Refused";
        }
    }
}

/// <summary>Sets one property of one of the item's parts (<c>Field</c>: Part.Property) to a templated <c>Value</c>.</summary>
public sealed class SetFieldTask : TaskActivity
{
    public override string DisplayText => "Set a field of the content";
    public override IEnumerable<string> TemplatedProperties(ActivityRecord activity) => ["Value"];

    public override IEnumerable<(string Property, string Problem)> Validate(ActivityRecord activity)
    {
        if (activity.Text("Field")?.Split('.') is not [{ Length: > 0 }, { Length: > 0 }]) yield return ("Field", "name the field as Part.Property.");
    }

    public override async Task<string> ExecuteAsync(IActivityExecutionContext context)
    {
        var item = await context.GetContentItemAsync() ?? throw new InvalidOperationException("the event concerns no content item");
        var (part, property) = context.Activity.Text("Field")!.Split('.') is [var p, var q] ? (p, q) : throw new InvalidOperationException("bad Field");
        var partKey = item.Content.Select(x => x.Key).FirstOrDefault(k => string.Equals(k, part, StringComparison.OrdinalIgnoreCase))
            ?? throw new InvalidOperationException($"{item.ContentType} has no part '{part}'");
        var partNode = (JsonObject)item.Content[partKey]!;
        var propertyKey = partNode.Select(x => x.Key).FirstOrDefault(k => string.Equals(k, property, StringComparison.OrdinalIgnoreCase)) ?? char.ToLowerInvariant(property[0]) + property[1..];
        partNode[propertyKey] = await context.RenderAsync(context.Activity.Text("Value"));
        var result = await context.Services.GetRequiredService<IContentManager>().UpdateAsync(item);
        if (!result.Succeeded) throw new InvalidOperationException(result.Errors[0].Message);
        return "Done";
    }
}

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
