using System.Text.Json.Nodes;
using Participation.Workflows.Activities;
using Participation.Workflows.Models;

namespace Participation.Ideas.Activities;

/// <summary>Events the Ideas module raises; <c>TopicId</c> filters to one topic.</summary>
public abstract class IdeaEvent : EventActivity
{
    public override bool Matches(ActivityRecord activity, IReadOnlyDictionary<string, JsonNode?> input) => Filter(activity, "TopicId", input, "TopicId");
}
