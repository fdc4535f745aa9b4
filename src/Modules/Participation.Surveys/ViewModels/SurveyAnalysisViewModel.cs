using Participation.ContentManagement;
using Participation.Surveys.Services;

namespace Participation.Surveys.ViewModels;

public sealed class SurveyAnalysisViewModel
{
    public required ContentItem Survey { get; init; }
    public required SurveyFigures Figures { get; init; }
}
