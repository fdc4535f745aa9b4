using System.Text.Json.Nodes;
using Participation.Workflows.Activities;
using Participation.Workflows.Models;

namespace Participation.Requests.Activities;

/// <summary>A request changed for the participant or the department; <c>To</c> filters on the new status.</summary>
public sealed class RequestStatusChangedEvent : RequestEvent
{
    public override string DisplayText => "A request's status changed";

    public override IEnumerable<ActivityVariable> Variables =>
    [
        .. base.Variables,
        new("Input.StatusAr", "The new status in Arabic", "تم الرد"),
        new("Input.StatusEn", "The new status in English", "Answered"),
        new("Input.Message", "What was written with the change", "أُصلحت الإنارة مساء أمس."),
        new("Input.SatisfactionSurvey", "Whether the participant asked to rate the answer in a survey", "true"),
        new("Input.DepartmentKey", "The key of the department handling the request", "municipal"),
    ];

    public override bool Matches(ActivityRecord activity, IReadOnlyDictionary<string, JsonNode?> input)
        => base.Matches(activity, input) && Filter(activity, "To", input, "To");
}
