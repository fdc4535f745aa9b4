using Microsoft.Extensions.DependencyInjection;
using Participation.Surveys.Services;
using Participation.Workflows.Activities;

namespace Participation.Surveys.Activities;

/// <summary>Reminds the event's survey's recipients who have not answered and whose reminder is due, then arms the next one.</summary>
public sealed class SendSurveyRemindersTask : TaskActivity
{
    public override string DisplayText => "Remind the survey's recipients who have not answered";

    public override async Task<string> ExecuteAsync(IActivityExecutionContext context)
    {
        var survey = await context.GetContentItemAsync() ?? throw new InvalidOperationException("the event concerns no survey");
        await context.Services.GetRequiredService<SurveyReminders>().SendDueAsync(survey);
        return "Done";
    }
}
