using Microsoft.Extensions.Localization;
using Participation.ContentManagement;
using Participation.Surveys.Domain;
using Participation.Surveys.Models;
using Participation.Surveys.ViewModels;

namespace Participation.Surveys.Services;

/// <summary>
/// The analysis as the form asks for it — the period and answer filters and the cross-tab, each
/// checked against the survey and left out with a localised message when it does not fit — read
/// once for the page and for its printed report, so both show the same figures.
/// </summary>
public sealed class SurveyAnalysisPage(SurveyAnalysis analysis, IStringLocalizer<SurveyAnalysisPage> T)
{
    public async Task<SurveyAnalysisViewModel> ReadAsync(ContentItem survey, DateOnly? from, DateOnly? to, string? answer, string? rows, string? by)
    {
        var questions = survey.As<SurveyPart>().Questions.ToDictionary(q => q.Id, StringComparer.Ordinal);
        var problems = new List<string>();
        if (from > to)
        {
            problems.Add(T["The period starts after it ends: it was not applied."].Value);
            (from, to) = (null, null);
        }
        var (question, choice) = AnalysisFilter.ParseAnswer(answer);
        if (question is not null && !(questions.TryGetValue(question, out var filtered) && CrossTab.Tabulates(filtered) && CrossTab.KeysOf(filtered).Contains(choice)))
        {
            problems.Add(T["The answer filter is not one of this survey's answers: it was not applied."].Value);
            (question, choice) = (null, null);
        }
        var filter = new AnalysisFilter(from, to, question, choice);
        CrossTab? table = null;
        SurveyQuestion? rowQuestion = null, columnQuestion = null;
        if (!string.IsNullOrEmpty(rows) || !string.IsNullOrEmpty(by))
        {
            if (rows is not null && by is not null && rows != by && questions.TryGetValue(rows, out rowQuestion) && questions.TryGetValue(by, out columnQuestion)
                && CrossTab.Tabulates(rowQuestion) && CrossTab.Tabulates(columnQuestion))
                table = await analysis.CrossTabAsync(survey, rowQuestion, columnQuestion, filter);
            else problems.Add(T["Choose two different questions with fixed answers (choices, yes or no, a scale) to cross-tabulate."].Value);
        }
        return new SurveyAnalysisViewModel
        {
            Survey = survey, Figures = await analysis.ReadAsync(survey, filter), Filter = filter, Problems = problems,
            CrossTab = table, Rows = table is null ? null : rowQuestion, Columns = table is null ? null : columnQuestion,
        };
    }
}
