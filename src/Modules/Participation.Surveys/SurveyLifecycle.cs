using Participation.ContentManagement.Lifecycle;
using Participation.Surveys.Domain;
using Participation.Surveys.Models;

namespace Participation.Surveys;

/// <summary>
/// A survey is drafted, opened to answers, closed (by the timer at its end date or by hand),
/// analysed, then archived. It opens only with questions that are well formed and a future end.
/// </summary>
public static class SurveyLifecycle
{
    public const string Draft = "Draft", Open = "Open", Closed = "Closed", Analysed = "Analysed", Archived = "Archived";

    private static readonly StageGuard IsPublished = new("Publish the survey before opening it.", (item, _) => item.Published);
    private static readonly StageGuard HasQuestions = new("Add at least one question before opening the survey.", (item, _) => item.As<SurveyPart>().Questions.Any());
    private static readonly StageGuard IsWellFormed = new("Correct the survey's questions first (see the builder).", (item, _) => SurveyDesign.Check(item.As<SurveyPart>()).Count == 0);
    private static readonly StageGuard EndsInFuture = new("Set an end date in the future first.", (item, now) => item.As<SurveyPart>().EndsUtc is { } ends && ends > now);

    public static readonly LifecycleDefinition Definition = new()
    {
        Stages = [Draft, Open, Closed, Analysed, Archived],
        Transitions =
        [
            new("Open", Draft, Open) { Guards = [IsPublished, HasQuestions, IsWellFormed, EndsInFuture] },
            new("Close", Open, Closed),
            new("Reopen", Closed, Open) { Guards = [EndsInFuture] },
            new("Analyse", Closed, Analysed),
            new("Archive", Analysed, Archived),
        ],
    };
}
