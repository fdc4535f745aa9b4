using System.Text.Json.Nodes;
using Participation.Workflows.Models;

namespace Participation.Ideas.Activities;

/// <summary>An idea's status changed; <c>To</c> filters on the new status.</summary>
public sealed class IdeaStatusChangedEvent : IdeaEvent
{
    public override string DisplayText => "An idea's status changed";

    public override bool Matches(ActivityRecord activity, IReadOnlyDictionary<string, JsonNode?> input)
        => base.Matches(activity, input) && Filter(activity, "To", input, "To");
}
