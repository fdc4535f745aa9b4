using Participation.Surveys.Models;

namespace Participation.Surveys.Domain;

/// <summary>
/// When an invited recipient who has not answered is reminded: <see cref="SurveyPart.ReminderDays"/>
/// days after their last message (the invitation or the previous reminder), at most
/// <see cref="SurveyPart.ReminderCount"/> times. No reminder when either is zero.
/// </summary>
public static class ReminderRules
{
    public const int MaxDays = 60;
    public const int MaxCount = 5;

    /// <summary>When a recipient last written to at <paramref name="lastSentUtc"/>, and reminded <paramref name="remindersSent"/> times, is reminded next; null: never.</summary>
    public static DateTime? NextDue(SurveyPart survey, DateTime lastSentUtc, int remindersSent)
        => survey.ReminderDays <= 0 || remindersSent >= survey.ReminderCount || survey.Access != SurveyAccess.Invitation ? null : lastSentUtc.AddDays(survey.ReminderDays);

    /// <summary>The problem with the settings, or null.</summary>
    public static string? Check(SurveyPart survey)
    {
        if (survey.ReminderDays is < 0 or > MaxDays) return "Remind after 1 to 60 days, or 0 for no reminder.";
        if (survey.ReminderCount is < 0 or > MaxCount) return "Send at most 5 reminders.";
        return null;
    }
}
