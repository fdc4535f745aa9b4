using Microsoft.EntityFrameworkCore;
using Participation.ContentManagement;
using Participation.Data;
using Participation.Surveys.Domain;
using Participation.Surveys.Models;

namespace Participation.Surveys.Services;

/// <summary>
/// A service's satisfaction over the surveys that evaluate it (<see cref="SatisfactionTrend"/>):
/// only its surveys are read, found by key in <see cref="SurveyServiceIndex"/>, their completed
/// responses counted by one GROUP BY on the (survey, completed) index and the scored questions'
/// figures taken from the kept counters (<see cref="SurveyAnalysis.CountedAsync"/>) — no answer is read.
/// </summary>
public sealed class SurveyTrend(IDataSession session, SurveyAnalysis analysis)
{
    public async Task<IReadOnlyList<TrendPoint>> ReadAsync(string serviceKey)
    {
        var evaluating = session.Set<SurveyServiceIndex>().Where(s => s.ServiceKey == serviceKey).Select(s => s.SurveyId);
        var surveys = (await session.Set<ContentItem>().AsNoTracking().Where(x => x.Latest && x.ContentType == ContentTypes.Survey && evaluating.Contains(x.ContentItemId)).ToListAsync())
            .Select(x => (Item: x, Part: x.As<SurveyPart>()))
            .Select(x => new TrendSurvey(x.Item.ContentItemId, x.Item.DisplayText, x.Part.StartsUtc, x.Part.EndsUtc, x.Item.CreatedUtc, [.. x.Part.Questions])).ToList();
        var periods = SatisfactionTrend.Periods(surveys);
        if (periods.Count == 0) return [];
        var ids = periods.Select(p => p.Survey.Id).ToList();
        var completed = await session.Set<SurveyResponse>().AsNoTracking().Where(r => ids.Contains(r.SurveyId) && r.CompletedUtc != null)
            .GroupBy(r => r.SurveyId).Select(g => new { SurveyId = g.Key, Count = g.LongCount() }).ToDictionaryAsync(x => x.SurveyId, x => x.Count);
        var figures = await analysis.CountedAsync([.. periods.SelectMany(p => p.Scored.Select(q => (p.Survey.Id, q)))]);
        return [.. periods.Select(p => SatisfactionTrend.Point(p, completed.GetValueOrDefault(p.Survey.Id), q => figures[(p.Survey.Id, q.Id)].ByValue))];
    }
}
