using System.Text.Json.Nodes;
using Participation.Workflows.Models;

namespace Participation.Ideas.Activities;

/// <summary>An idea topic moved stage; <c>To</c> filters on the new stage.</summary>
public sealed class IdeaTopicStageChangedEvent : IdeaEvent
{
    public override string DisplayText => "An idea topic's stage changed";

    public override bool Matches(ActivityRecord activity, IReadOnlyDictionary<string, JsonNode?> input)
        => base.Matches(activity, input) && Filter(activity, "To", input, "To");
}
