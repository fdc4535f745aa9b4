using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Participation.ContentManagement;
using Participation.Data;
using Participation.Ideas.Models;
using Participation.Localization;
using Participation.Transparency;

namespace Participation.Ideas.Services;

/// <summary>
/// The ideas' part of the results page: ideas the department decided (accepted, not accepted,
/// implemented) by the year of their latest decision, with their supporters, the decision and,
/// for accepted and implemented ones, the official answer as what changed.
/// </summary>
public sealed class IdeaOutcomes(IDataSession session, IStringLocalizer<IdeaOutcomes> T) : IParticipationResults
{
    /// <summary>The statuses that conclude an idea.</summary>
    public static readonly IReadOnlyList<string> Decided = [IdeaStatus.Accepted, IdeaStatus.Rejected, IdeaStatus.Implemented];

    public string Tool => "ideas";
    public int Position => 4;
    public IReadOnlyCollection<string> CacheTags { get; } = [TransparencyCacheTags.Results];

    private Task<List<(string IdeaId, DateTime At)>>? _decided;

    /// <summary>
    /// Each idea that stands decided, with the date of its latest decision: one grouped query,
    /// read once per request — the results page asks for the years and then for one year's list.
    /// </summary>
    private Task<List<(string IdeaId, DateTime At)>> DecidedAsync() => _decided ??= ReadDecidedAsync();

    private async Task<List<(string IdeaId, DateTime At)>> ReadDecidedAsync()
        => [.. (await (from c in session.Set<IdeaStatusChange>().AsNoTracking()
                       join i in session.Set<IdeaIndex>() on c.IdeaId equals i.ContentItemId
                       where Decided.Contains(c.Status) && Decided.Contains(i.Status)
                       group c by c.IdeaId into g
                       select new { IdeaId = g.Key, At = g.Max(c => c.CreatedUtc) }).ToListAsync())
            .Select(x => (x.IdeaId, DateTime.SpecifyKind(x.At, DateTimeKind.Utc)))];

    public async Task<IReadOnlyList<int>> YearsAsync(IDateDisplay dates) => [.. (await DecidedAsync()).Select(d => dates.ToLocal(d.At).Year).Distinct().OrderDescending()];

    public async Task<ToolResults> ListAsync(ResultsQuery query)
    {
        var decided = (await DecidedAsync()).Where(d => d.At >= query.FromUtc && d.At < query.ToUtc).ToDictionary(d => d.IdeaId, d => d.At);
        var ids = decided.Keys.ToList();
        var rows = await session.Set<IdeaIndex>().AsNoTracking().Where(x => ids.Contains(x.ContentItemId)).ToListAsync();
        var answers = (await session.Set<IdeaStatusChange>().AsNoTracking().Where(c => ids.Contains(c.IdeaId) && c.Note != null && Decided.Contains(c.Status)).ToListAsync())
            .GroupBy(c => c.IdeaId).ToDictionary(g => g.Key, g => g.OrderBy(c => c.CreatedUtc).ThenBy(c => c.Id).Last().Note);
        var topicIds = rows.Select(r => r.TopicId).Distinct().ToList();
        var departments = (await session.Set<ContentItem>().AsNoTracking().Where(x => x.Published && topicIds.Contains(x.ContentItemId)).ToListAsync())
            .ToDictionary(x => x.ContentItemId, x => x.As<IdeaTopicPart>().Department);
        var entries = rows.Select(r => new ResultEntry(r.Title, IdeaPaths.Idea(r.ContentItemId), decided[r.ContentItemId], r.Supports, T["IdeaStatus" + r.Status].Value,
                r.Status == IdeaStatus.Rejected ? null : answers.GetValueOrDefault(r.ContentItemId),
                departments.GetValueOrDefault(r.TopicId) is { Length: > 0 } key ? key : null))
            .OrderByDescending(e => e.ConcludedUtc).ToList();
        return new ToolResults(Tool, T["Ideas"], T["Supporters"], entries);
    }
}
