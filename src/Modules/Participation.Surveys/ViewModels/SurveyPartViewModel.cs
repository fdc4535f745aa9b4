using Participation.Surveys.Models;

namespace Participation.Surveys.ViewModels;

/// <summary>The public page of a survey: what it asks about, until when, and the way in.</summary>
public sealed class SurveyPartViewModel
{
    public required string ContentItemId { get; init; }
    public required string Stage { get; init; }
    public required SurveyPart Part { get; init; }
    public required IReadOnlyList<string> ServiceNames { get; init; }
    public bool TakesAnswers { get; init; }
    /// <summary>The results page is public now (the survey's setting and stage).</summary>
    public bool ResultsShown { get; init; }
}
