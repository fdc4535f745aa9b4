using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Participation.Comments;
using Participation.ContentManagement;
using Participation.Consultations.Models;
using Participation.Data;
using Participation.Localization;
using Participation.Transparency;

namespace Participation.Consultations.Services;

/// <summary>
/// The consultations' part of the results page: those decided, by the year participation
/// closed, with their contributors counted by the comments module and the decision and
/// "what changed" as the department wrote them. Read from the index table, one row per
/// language set, in the visitor's language when there is a version in it.
/// </summary>
public sealed class ConsultationResults(IDataSession session, ICommentStore comments, IStringLocalizer<ConsultationResults> T) : IParticipationResults
{
    public string Tool => "consultations";
    public int Position => 1;
    public IReadOnlyCollection<string> CacheTags { get; } = [Participation.Caching.CacheTags.ContentType(ContentTypes.Consultation)];

    private IQueryable<ConsultationIndex> Concluded => session.Set<ConsultationIndex>().AsNoTracking()
        .Where(x => (x.Stage == ConsultationLifecycle.Decided || x.Stage == ConsultationLifecycle.Archived) && x.ClosesUtc != null);

    /// <summary>The closing instants, not their years: a year begins in the site's time zone, which SQL does not know.</summary>
    public async Task<IReadOnlyList<int>> YearsAsync(IDateDisplay dates)
        => [.. (await Concluded.Select(x => x.ClosesUtc!.Value).ToListAsync()).Select(d => dates.ToLocal(d).Year).Distinct()];

    public async Task<ToolResults> ListAsync(ResultsQuery query)
    {
        var rows = await Concluded.Where(x => x.ClosesUtc >= query.FromUtc && x.ClosesUtc < query.ToUtc).ToListAsync();
        var sets = rows.GroupBy(r => r.LocalizationSet).Select(g => (Shown: g.FirstOrDefault(r => r.Culture == query.Language) ?? g.First(), Ids: g.Select(r => r.ContentItemId).ToList())).ToList();
        var shownIds = sets.Select(s => s.Shown.ContentItemId).ToList();
        var items = await session.Set<ContentItem>().AsNoTracking().Where(c => c.Published && shownIds.Contains(c.ContentItemId)).ToDictionaryAsync(c => c.ContentItemId);
        var counts = await comments.ContributionCountsAsync([.. rows.Select(r => r.ContentItemId)]);
        var entries = sets.Where(s => items.ContainsKey(s.Shown.ContentItemId))
            .Select(s =>
            {
                var item = items[s.Shown.ContentItemId];
                var part = item.As<ConsultationPart>();
                return new ResultEntry(item.DisplayText, "/" + item.Path, s.Shown.ClosesUtc!.Value,
                    s.Ids.Sum(id => counts.TryGetValue(id, out var c) ? c.Participants : 0),
                    part.Decision, part.WhatChanged, s.Shown.Department.Length > 0 ? s.Shown.Department : null);
            })
            .OrderByDescending(e => e.ConcludedUtc).ToList();
        return new ToolResults(Tool, T["Consultations"], T["Participants"], entries);
    }
}
