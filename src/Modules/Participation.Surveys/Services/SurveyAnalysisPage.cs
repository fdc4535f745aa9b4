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
public sealed class SurveyAnalysisPage(SurveyAnalysis analysis, RespondentGroups groups, IStringLocalizer<SurveyAnalysisPage> T)
{
    /// <summary>Cross-tab rows that are a recipients' attribute (or the service) rather than a question: <c>group:{name}</c>.</summary>
    public const string GroupRowsPrefix = "group:";

    /// <param name="group">Only the respondents of one attribute's value or service, <c>{name}={value}</c> (<see cref="RespondentGroup.Parse"/>).</param>
    public async Task<SurveyAnalysisViewModel> ReadAsync(ContentItem survey, DateOnly? from, DateOnly? to, string? answer, string? rows, string? by, string? group)
    {
        var id = survey.ContentItemId;
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
        var (attributes, serviceColumn) = await groups.ListAsync(id);
        var serviceApplies = RespondentGroups.ServiceApplies(survey, serviceColumn);
        RespondentGroup? respondents = null;
        if (!string.IsNullOrEmpty(group) && (RespondentGroup.Parse(group) is not { } asked || (respondents = await groups.ResolveAsync(survey, asked.Name, asked.Value)) is null))
            problems.Add(T["The recipients' filter is not one of this survey's recipient attributes or services: it was not applied."].Value);
        var filter = new AnalysisFilter(from, to, question, choice, respondents);
        CrossTab? table = null;
        SurveyQuestion? rowQuestion = null, columnQuestion = null;
        string? groupRows = null;
        if (rows?.StartsWith(GroupRowsPrefix, StringComparison.Ordinal) == true)
        {
            var name = rows[GroupRowsPrefix.Length..];
            if ((attributes.Any(a => a.Name == name) || (serviceApplies && name == RespondentService.AttributeName)) && by is not null && questions.TryGetValue(by, out columnQuestion) && CrossTab.Tabulates(columnQuestion))
                (table, groupRows) = (await groups.CrossTabAsync(survey, name, columnQuestion, analysis.Responses(id, filter, completed: true), analysis.Answers(id, filter)), name);
            else problems.Add(T["Choose a recipients' attribute or the service, and a question with fixed answers, to cross-tabulate."].Value);
        }
        else if (!string.IsNullOrEmpty(rows) || !string.IsNullOrEmpty(by))
        {
            if (rows is not null && by is not null && rows != by && questions.TryGetValue(rows, out rowQuestion) && questions.TryGetValue(by, out columnQuestion)
                && CrossTab.Tabulates(rowQuestion) && CrossTab.Tabulates(columnQuestion))
                table = await analysis.CrossTabAsync(survey, rowQuestion, columnQuestion, filter);
            else problems.Add(T["Choose two different questions with fixed answers (choices, yes or no, a scale) to cross-tabulate."].Value);
        }
        return new SurveyAnalysisViewModel
        {
            Survey = survey, Figures = await analysis.ReadAsync(survey, filter), Filter = filter, Problems = problems,
            CrossTab = table, Rows = table is null ? null : rowQuestion, Columns = table is null ? null : columnQuestion, GroupRows = groupRows,
            Attributes = attributes, ServiceApplies = serviceApplies, Services = (await groups.ServicesAsync(survey)).Known,
        };
    }
}
