using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Participation.ContentManagement;
using Participation.Workflows.Models;

namespace Participation.Workflows.Activities.Tasks;

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
