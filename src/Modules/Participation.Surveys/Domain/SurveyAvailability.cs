using Participation.Surveys.Models;

namespace Participation.Surveys.Domain;

/// <summary>Whether a survey takes answers now: open, and within its display period.</summary>
public static class SurveyAvailability
{
    public static AnswerProblem? Check(SurveyPart survey, string stage, DateTime now)
    {
        if (stage != SurveyLifecycle.Open || (survey.EndsUtc is { } ends && ends <= now)) return new("This survey is closed: it no longer takes answers.");
        if (survey.StartsUtc is { } starts && starts > now) return new("This survey has not started yet.");
        return null;
    }
}
