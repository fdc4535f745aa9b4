using Participation.Surveys.Domain;
using Participation.Surveys.Models;

namespace Participation.Surveys.ViewModels;

public sealed class SurveyTrendViewModel
{
    public required SurveyServiceRecord Service { get; init; }
    /// <summary>The surveys evaluating the service, in the order of their periods.</summary>
    public required IReadOnlyList<TrendPoint> Points { get; init; }
}
