using Microsoft.Extensions.DependencyInjection;
using Participation.Surveys.Services;
using Participation.Workflows.Activities;
using Participation.Workflows.Models;

namespace Participation.Surveys.Activities;

/// <summary>
/// Invites a request's participant to the follow-up survey about its answer, from a request
/// event's input (<c>Input.ReferenceNumber</c>, <c>Email</c>, <c>DepartmentKey</c>,
/// <c>SatisfactionSurvey</c>, <c>To</c>…). Outcomes: Invited, or Skipped when they did not opt
/// in, the request is not answered, there is no open follow-up survey or they were invited already.
/// </summary>
public sealed class InviteToAnswerSurveyTask : TaskActivity
{
    public override string DisplayText => "Invite the participant to rate the answer";
    public override IEnumerable<string> Outcomes(ActivityRecord activity) => ["Invited", "Skipped"];

    public override async Task<string> ExecuteAsync(IActivityExecutionContext context)
    {
        string Text(string key) => context.Input[key]?.ToString() ?? "";
        var request = new AnsweredRequest(Text("ReferenceNumber"), Text("Email"), Text("Name"), Text("Culture"),
            Text("DepartmentKey") is { Length: > 0 } department ? department : null,
            bool.TryParse(Text("SatisfactionSurvey"), out var optedIn) && optedIn, Text("To"));
        return await context.Services.GetRequiredService<AnswerFollowUp>().InviteAsync(request) ? "Invited" : "Skipped";
    }
}
