using System.Text.Json.Nodes;
using Participation.Workflows.Models;

namespace Participation.Workflows.Activities.Events;

/// <summary>Events the suggestions and complaints module raises; <c>Kind</c> filters (Suggestion, Complaint, Contact).</summary>
public abstract class RequestEvent : EventActivity
{
    public override bool Matches(ActivityRecord activity, IReadOnlyDictionary<string, JsonNode?> input) => Filter(activity, "Kind", input, "Kind");
}

public sealed class RequestSubmittedEvent : RequestEvent { public override string DisplayText => "A request was submitted"; }

public sealed class RequestStatusChangedEvent : RequestEvent
{
    public override string DisplayText => "A request's status changed";

    public override bool Matches(ActivityRecord activity, IReadOnlyDictionary<string, JsonNode?> input)
        => base.Matches(activity, input) && Filter(activity, "To", input, "To");
}

public sealed class ResponseDeadlinePassedEvent : RequestEvent { public override string DisplayText => "A request's response time ran out"; }
