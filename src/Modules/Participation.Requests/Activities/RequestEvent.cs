using System.Text.Json.Nodes;
using Participation.Workflows.Activities;
using Participation.Workflows.Models;

namespace Participation.Requests.Activities;

/// <summary>Events the suggestions and complaints module raises; <c>Kind</c> filters (Suggestion, Complaint, Contact).</summary>
public abstract class RequestEvent : EventActivity
{
    public override bool Matches(ActivityRecord activity, IReadOnlyDictionary<string, JsonNode?> input) => Filter(activity, "Kind", input, "Kind");
}
