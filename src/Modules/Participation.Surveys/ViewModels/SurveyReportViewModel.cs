namespace Participation.Surveys.ViewModels;

/// <summary>The printed analysis: the analysis as the page shows it, when its figures were read, and the stylesheet the document carries.</summary>
public sealed class SurveyReportViewModel
{
    public required SurveyAnalysisViewModel Analysis { get; init; }
    public required DateTime FiguresUtc { get; init; }
    public required string Css { get; init; }
}
