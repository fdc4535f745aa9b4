using System.Text.Json;
using System.Text.Json.Serialization;

namespace Participation.Workflows.Models;

/// <summary>
/// A workflow type as data, Orchard's shape: activities (one of them the starting event)
/// joined by transitions from an activity's outcome to the next activity.
/// </summary>
public sealed class WorkflowDefinition
{
    // Arabic written as itself, so the editor shows «تذكير» rather than \u062A…; the textarea encodes it for HTML.
    public static readonly JsonSerializerOptions JsonOptions = new() { PropertyNameCaseInsensitive = true, WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public string WorkflowTypeId { get; set; } = "";
    public string Name { get; set; } = "";
    public bool IsEnabled { get; set; } = true;
    public List<ActivityRecord> Activities { get; set; } = [];
    public List<Transition> Transitions { get; set; } = [];

    [JsonIgnore]
    public ActivityRecord? Start => Activities.FirstOrDefault(a => a.IsStart);

    public IEnumerable<ActivityRecord> Next(string activityId, string outcome)
        => Transitions.Where(t => t.SourceActivityId == activityId && t.SourceOutcomeName == outcome)
            .Select(t => Activities.First(a => a.ActivityId == t.DestinationActivityId));

    public static WorkflowDefinition Parse(string json) => JsonSerializer.Deserialize<WorkflowDefinition>(json, JsonOptions) ?? new WorkflowDefinition();

    public string ToJson() => JsonSerializer.Serialize(this, JsonOptions);
}

public sealed class Transition
{
    public string SourceActivityId { get; set; } = "";
    public string SourceOutcomeName { get; set; } = "Done";
    public string DestinationActivityId { get; set; } = "";
}
