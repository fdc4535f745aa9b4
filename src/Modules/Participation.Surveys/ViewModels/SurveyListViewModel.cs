using Participation.ContentManagement;

namespace Participation.Surveys.ViewModels;

public sealed class SurveyListViewModel
{
    public required IReadOnlyList<ContentItem> Surveys { get; init; }
    /// <summary>The cursor of the next page; null on the last.</summary>
    public string? Next { get; init; }
}
