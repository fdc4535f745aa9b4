using Participation.Surveys.Models;

namespace Participation.Surveys.Domain;

/// <summary>A survey of the trend with the question each score is read from (null: it asks none of that kind).</summary>
public sealed record TrendPeriod(TrendSurvey Survey, SurveyQuestion? Rating, SurveyQuestion? Nps, SurveyQuestion? Effort)
{
    public IEnumerable<SurveyQuestion> Scored => new[] { Rating, Nps, Effort }.OfType<SurveyQuestion>();
}
