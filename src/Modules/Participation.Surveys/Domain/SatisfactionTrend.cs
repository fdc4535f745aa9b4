using Participation.Surveys.Models;

namespace Participation.Surveys.Domain;

/// <summary>
/// How satisfaction with one service moved across the surveys that evaluate it. Surveys are
/// ordered by their period (its start, else when the survey was made; then its end; then its id,
/// so the order never changes between two readings). Each score is read, per kind (rating 1–5 for
/// CSAT, 0–10 for NPS, effort 1–7 for CES), from the question id the surveys share — a new version
/// keeps its questions' ids, and the id asked by the most surveys (at least two) wins, the newest
/// survey's order breaking ties — and, in a survey without that id, from its first question of the
/// kind. A survey nobody completed stays in the list with no scores, never a zero: the chart leaves
/// a gap there rather than drawing a fall to nothing.
/// </summary>
public static class SatisfactionTrend
{
    public static IReadOnlyList<TrendPeriod> Periods(IEnumerable<TrendSurvey> surveys)
    {
        var ordered = surveys.OrderBy(s => s.At).ThenBy(s => s.EndsUtc ?? DateTime.MaxValue).ThenBy(s => s.Id, StringComparer.Ordinal).ToList();
        var shared = new[] { QuestionKind.Rating, QuestionKind.Nps, QuestionKind.Effort }.ToDictionary(k => k, k => SharedId(ordered, k));
        return [.. ordered.Select(s => new TrendPeriod(s, Pick(s, QuestionKind.Rating, shared), Pick(s, QuestionKind.Nps, shared), Pick(s, QuestionKind.Effort, shared)))];
    }

    /// <summary>A period's scores from its questions' counts per value; none at all for a period nobody completed.</summary>
    public static TrendPoint Point(TrendPeriod period, long completed, Func<SurveyQuestion, IReadOnlyDictionary<int, long>> counts)
    {
        double? Score(SurveyQuestion? q, Func<IReadOnlyDictionary<int, long>, double?> score) => completed > 0 && q is not null ? score(counts(q)) : null;
        return new(period, completed, Score(period.Rating, SatisfactionScores.Csat), Score(period.Nps, SatisfactionScores.Nps), Score(period.Effort, SatisfactionScores.Ces));
    }

    /// <summary>The id of the given kind that the most surveys ask (two at least), or null when no two share one.</summary>
    private static string? SharedId(IReadOnlyList<TrendSurvey> ordered, QuestionKind kind)
    {
        var newestFirst = ordered.AsEnumerable().Reverse().SelectMany(s => s.Questions.Where(q => q.Kind == kind).Select(q => q.Id)).Distinct().ToList();
        return ordered.SelectMany(s => s.Questions.Where(q => q.Kind == kind).Select(q => q.Id).Distinct())
            .GroupBy(id => id).Where(g => g.Count() >= 2)
            .OrderByDescending(g => g.Count()).ThenBy(g => newestFirst.IndexOf(g.Key)).Select(g => g.Key).FirstOrDefault();
    }

    private static SurveyQuestion? Pick(TrendSurvey survey, QuestionKind kind, IReadOnlyDictionary<QuestionKind, string?> shared)
        => survey.Questions.FirstOrDefault(q => q.Kind == kind && q.Id == shared[kind]) ?? survey.Questions.FirstOrDefault(q => q.Kind == kind);
}
