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
    /// <summary>The cross-tab's rows are a group of respondents (a recipient attribute, or the service) rather than a question's answers.</summary>
    public string? GroupRows { get; init; }
    /// <summary>The recipients' attributes the form offers, with their values.</summary>
    public IReadOnlyList<(string Name, IReadOnlyList<string> Values)> Attributes { get; init; } = [];
    /// <summary>Whether the form offers "by service", and the services it names.</summary>
    public bool ServiceApplies { get; init; }
    public IReadOnlyList<SurveyServiceRecord> Services { get; init; } = [];
}
