using System.Text.Json.Nodes;
using Participation.Workflows.Models;

namespace Participation.Ideas.Activities;

/// <summary>An idea event that says where something moved to; <c>To</c> filters on it (the new status or stage).</summary>
public abstract class IdeaChangeEvent : IdeaEvent
{
    public override bool Matches(ActivityRecord activity, IReadOnlyDictionary<string, JsonNode?> input)
        => base.Matches(activity, input) && Filter(activity, "To", input, "To");
}
