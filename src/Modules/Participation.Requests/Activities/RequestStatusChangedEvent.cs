using System.Text.Json.Nodes;
using Participation.Workflows.Models;

namespace Participation.Requests.Activities;

/// <summary>A request changed for the participant or the department; <c>To</c> filters on the new status.</summary>
public sealed class RequestStatusChangedEvent : RequestEvent
{
    public override string DisplayText => "A request's status changed";

    public override bool Matches(ActivityRecord activity, IReadOnlyDictionary<string, JsonNode?> input)
        => base.Matches(activity, input) && Filter(activity, "To", input, "To");
}
