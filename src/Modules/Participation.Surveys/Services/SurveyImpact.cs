using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Participation.Data;
using Participation.Surveys.Models;
using Participation.Transparency;

namespace Participation.Surveys.Services;

/// <summary>
/// The surveys' figures of a period for the dashboard and the monthly report: responses
/// submitted, and the share of participants satisfied with the answers to their requests (the
/// follow-up survey). For one department, the responses that rate its answers.
/// </summary>
public sealed class SurveyImpact(IDataSession session, IAnswerSatisfaction satisfaction, IStringLocalizer<SurveyImpact> T) : IImpactFigures
{
    public string Tool => "surveys";
    public int Position => 5;

    public async Task<ImpactSection> ComputeAsync(ImpactQuery query)
    {
        var responses = session.Set<SurveyResponse>().AsNoTracking().Where(r => r.CompletedUtc >= query.FromUtc && r.CompletedUtc < query.ToUtc);
        if (query.DepartmentKey is { } department) responses = responses.Where(r => r.DepartmentKey == department);
        var rated = await satisfaction.ByDepartmentAsync(query.FromUtc, query.ToUtc, query.DepartmentKey);
        var all = new AnswerSatisfaction("", rated.Sum(r => r.Responses), rated.Sum(r => r.Satisfied), null);
        return new ImpactSection(Tool, T["Surveys"],
        [
            new("surveys.responses", T["Responses submitted"], await responses.CountAsync(), FigureKind.Count),
            new("surveys.answer-satisfaction", T["Satisfied with the answers to requests"], all.SatisfiedPercent, FigureKind.Percent),
        ], []);
    }
}
