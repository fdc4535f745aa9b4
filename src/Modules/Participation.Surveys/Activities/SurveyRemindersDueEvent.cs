using Participation.Workflows.Activities;

namespace Participation.Surveys.Activities;

/// <summary>An invitation survey's next reminders are due; raised by its timer (<c>Input.ContentItemId</c> is the survey).</summary>
public sealed class SurveyRemindersDueEvent : EventActivity
{
    public override string DisplayText => "A survey's reminders are due";
}
