using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Participation.ContentManagement;
using Participation.Data;
using Participation.Localization;
using Participation.Surveys.Domain;
using Participation.Surveys.Models;
using Participation.Transparency;

namespace Participation.Surveys.Services;

/// <summary>
/// The surveys' part of the results page: closed surveys whose results are public, by the year
/// their period ended, with their completed responses and the satisfaction scores (CSAT of the
/// first 1–5 rating, NPS of the first 0–10 question) as their public results page discloses them.
/// A survey answered by fewer people than the disclosure threshold is left out: it has nothing
/// public to show. Three queries for all the year's surveys after the list of surveys: completed
/// responses, and the scored questions' kept counters (<see cref="SurveyAnalysis.CountedAsync"/>).
/// </summary>
public sealed class SurveyOutcomes(IDataSession session, SurveyAnalysis analysis, SurveyPublicResults publicResults, IStringLocalizer<SurveyOutcomes> T) : IParticipationResults
{
    private List<(ContentItem Item, SurveyPart Part)>? _concluded;

    public string Tool => "surveys";
    public int Position => 5;
    public IReadOnlyCollection<string> CacheTags { get; } = [Participation.Caching.CacheTags.ContentType(ContentTypes.Survey)];

    /// <summary>Closed (or analysed, archived) surveys with public results; read once per request, the years and the list both need them.</summary>
    private async Task<List<(ContentItem Item, SurveyPart Part)>> ConcludedAsync()
        => _concluded ??= [.. (await session.Set<ContentItem>().AsNoTracking()
                .Where(x => x.Published && x.ContentType == ContentTypes.Survey && (x.Stage == SurveyLifecycle.Closed || x.Stage == SurveyLifecycle.Analysed || x.Stage == SurveyLifecycle.Archived)).ToListAsync())
            .Select(x => (x, x.As<SurveyPart>())).Where(x => x.Item2.EndsUtc is not null && PublicResultsRule.Shown(x.Item2.PublicResults, x.Item1.Stage ?? ""))];

    public async Task<IReadOnlyList<int>> YearsAsync(IDateDisplay dates)
        => [.. (await ConcludedAsync()).Select(x => dates.ToLocal(x.Part.EndsUtc!.Value).Year).Distinct()];

    public async Task<ToolResults> ListAsync(ResultsQuery query)
    {
        var surveys = (await ConcludedAsync()).Where(x => x.Part.EndsUtc >= query.FromUtc && x.Part.EndsUtc < query.ToUtc).ToList();
        var section = new ToolResults(Tool, T["Surveys"], T["Completed responses"], []);
        if (surveys.Count == 0) return section;
        var ids = surveys.Select(s => s.Item.ContentItemId).ToList();
        var completed = await session.Set<SurveyResponse>().AsNoTracking().Where(r => ids.Contains(r.SurveyId) && r.CompletedUtc != null)
            .GroupBy(r => r.SurveyId).Select(g => new { SurveyId = g.Key, Count = g.LongCount() }).ToDictionaryAsync(x => x.SurveyId, x => x.Count);
        var scored = surveys.ToDictionary(s => s.Item.ContentItemId, s => Scored(s.Part));
        var figures = await analysis.CountedAsync([.. scored.SelectMany(s => s.Value.Select(q => (s.Key, q)))]);
        var rule = await publicResults.RuleAsync();
        var entries = new List<ResultEntry>();
        foreach (var (item, part) in surveys)
        {
            var responses = completed.GetValueOrDefault(item.ContentItemId);
            if (responses == 0 || !rule.Discloses(responses)) continue;
            var scores = scored[item.ContentItemId].Select(q => (q.Kind, SurveyPublicResults.Disclose(figures[(item.ContentItemId, q.Id)], rule).Score)).Where(s => s.Score is not null).Select(s => s.Kind == QuestionKind.Rating
                ? T["CSAT {0}%", s.Score!.Value.ToString("0.#", CultureInfo.InvariantCulture)].Value
                : T["NPS {0}", s.Score!.Value.ToString("0.#", CultureInfo.InvariantCulture)].Value);
            entries.Add(new ResultEntry(item.DisplayText, $"/surveys/{item.ContentItemId}/results", part.EndsUtc!.Value, responses, string.Join(" · ", scores), null, null));
        }
        return section with { Entries = [.. entries.OrderByDescending(e => e.ConcludedUtc)] };
    }

    /// <summary>The questions a survey's scores come from: its first rating (CSAT) and its first NPS question.</summary>
    private static List<SurveyQuestion> Scored(SurveyPart part)
        => [.. new[] { QuestionKind.Rating, QuestionKind.Nps }.Select(kind => part.Questions.FirstOrDefault(q => q.Kind == kind)).OfType<SurveyQuestion>()];
}
