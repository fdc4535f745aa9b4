using Participation.ContentManagement;
using Participation.Surveys.Domain;
using Participation.Surveys.Models;
using Participation.Surveys.Services;

namespace Participation.Surveys.ViewModels;

public sealed class SurveyAnalysisViewModel
{
    public required ContentItem Survey { get; init; }
    public required SurveyFigures Figures { get; init; }
    public AnalysisFilter Filter { get; init; } = new();
    /// <summary>What in the form could not be applied, localised.</summary>
    public IReadOnlyList<string> Problems { get; init; } = [];
    public CrossTab? CrossTab { get; init; }
    public SurveyQuestion? Rows { get; init; }
    public SurveyQuestion? Columns { get; init; }
}
