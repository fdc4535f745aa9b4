using Participation.ContentManagement;
using Participation.Surveys.Services;

namespace Participation.Surveys.ViewModels;

public sealed class SurveyResultsViewModel
{
    public required ContentItem Survey { get; init; }
    public required PublicSurveyResults Results { get; init; }
}
