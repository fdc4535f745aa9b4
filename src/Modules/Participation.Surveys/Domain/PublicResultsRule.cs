using Participation.Surveys.Models;
using Participation.Transparency;

namespace Participation.Surveys.Domain;

/// <summary>
/// When a survey's results are public: "while open" shows them from the opening on and keeps them
/// after it closes; "after closing" from the close on (closed, analysed, archived). A draft never.
/// Only the kinds whose answers are counted, never typed, are shown.
/// </summary>
public static class PublicResultsRule
{
    public static bool Shown(SurveyResultsVisibility visibility, string stage) => visibility switch
    {
        SurveyResultsVisibility.WhileOpen => stage is SurveyLifecycle.Open or SurveyLifecycle.Closed or SurveyLifecycle.Analysed or SurveyLifecycle.Archived,
        SurveyResultsVisibility.AfterClosing => stage is SurveyLifecycle.Closed or SurveyLifecycle.Analysed or SurveyLifecycle.Archived,
        _ => false,
    };

    /// <summary>Choices, yes/no and the rating, NPS and effort scales: figures of counted answers.</summary>
    public static bool Counted(QuestionKind kind)
        => kind is QuestionKind.SingleChoice or QuestionKind.MultipleChoice or QuestionKind.YesNo or QuestionKind.Rating or QuestionKind.Nps or QuestionKind.Effort;

    /// <summary>What the public results show: the counted kinds, and Likert matrices and rankings from their kept counts per row or option and value.</summary>
    public static bool Published(QuestionKind kind) => Counted(kind) || kind is QuestionKind.Likert or QuestionKind.Ranking;

    /// <summary>
    /// The counts as the public sees them, null where withheld: a count of fewer people than the
    /// rule's threshold (but not zero). Where the counts add up to those who answered (one answer
    /// each), a single withheld count would come back by subtraction, so the smallest count shown
    /// beside it is withheld too.
    /// </summary>
    public static IReadOnlyList<long?> Disclosed(IReadOnlyList<long> counts, DisclosureRule rule, bool addUp)
    {
        var shown = counts.Select(c => rule.Discloses(c) ? c : (long?)null).ToArray();
        if (addUp && shown.Count(c => c is null) == 1
            && Enumerable.Range(0, shown.Length).Where(i => shown[i] > 0).OrderBy(i => counts[i]).Select(i => (int?)i).FirstOrDefault() is { } next)
            shown[next] = null;
        return shown;
    }
}
