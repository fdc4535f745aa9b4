using System.Text.Json.Nodes;

namespace Participation.Workflows.Models;

/// <summary>One step of a workflow type as stored: which activity, and its properties.</summary>
public sealed class ActivityRecord
{
    public string ActivityId { get; set; } = "";
    /// <summary>The activity's kind, e.g. <c>SendEmailTask</c> or <c>ContentPublishedEvent</c>.</summary>
    public string Name { get; set; } = "";
    public bool IsStart { get; set; }
    public int X { get; set; }
    public int Y { get; set; }
    public JsonObject Properties { get; set; } = [];

    public string? Text(string property) => Properties[property] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
}
