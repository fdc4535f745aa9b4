using Participation.Surveys.Models;

namespace Participation.Surveys.Domain;

/// <summary>One survey in a service's trend: its period and its questions.</summary>
public sealed record TrendSurvey(string Id, string Title, DateTime? StartsUtc, DateTime? EndsUtc, DateTime CreatedUtc, IReadOnlyList<SurveyQuestion> Questions)
{
    /// <summary>Where the survey sits in time: its period's start, or when it was made for one without a start.</summary>
    public DateTime At => StartsUtc ?? CreatedUtc;
}
