using Participation.Surveys.Domain;
using Participation.Surveys.Models;

namespace Participation.Surveys.ViewModels;

/// <summary>A section as the respondent answers it, or the whole survey as the editor previews it in one language.</summary>
public sealed class SurveyFormViewModel
{
    public required string SurveyId { get; init; }
    public required string Title { get; init; }
    public required SurveyPart Part { get; init; }
    /// <summary>The language of the questions' texts (the preview may differ from the page's).</summary>
    public required string Culture { get; init; }
    public required IReadOnlyList<(SurveySection Section, IReadOnlyList<SurveyQuestion> Questions)> Sections { get; init; }
    /// <summary>The values to show in the fields: those just posted, or those saved.</summary>
    public required Func<string, IReadOnlyList<string>> Values { get; init; }
    public IReadOnlyDictionary<string, AnswerProblem> Problems { get; init; } = new Dictionary<string, AnswerProblem>();
    public int SectionNumber { get; init; } = 1;
    public int SectionCount { get; init; } = 1;
    public string? PreviousSectionId { get; init; }
    public bool IsLast { get; init; }
    public bool Preview { get; init; }
    /// <summary>The invitation token the respondent came with, carried from page to page.</summary>
    public string? Token { get; init; }

    public bool Rtl => !Culture.StartsWith("en", StringComparison.OrdinalIgnoreCase);
}
