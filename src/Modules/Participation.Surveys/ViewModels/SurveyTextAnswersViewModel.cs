using Participation.ContentManagement;
using Participation.Surveys.Domain;
using Participation.Surveys.Models;
using Participation.Surveys.Services;

namespace Participation.Surveys.ViewModels;

public sealed class SurveyTextAnswersViewModel
{
    public required ContentItem Survey { get; init; }
    public required SurveyQuestion Question { get; init; }
    public required IReadOnlyList<TextAnswer> Answers { get; init; }
    public required IReadOnlyList<FrequentWord> Words { get; init; }
    /// <summary>How many answers the words were counted over.</summary>
    public int Counted { get; init; }
    /// <summary>The id the next page starts before, when there is one.</summary>
    public long? Next { get; init; }
    public AnalysisFilter Filter { get; init; } = new();
}
