using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Participation.Data;
using Participation.Ideas.Models;
using Participation.Localization;
using Participation.Transparency;

namespace Participation.Ideas.Services;

/// <summary>
/// The ideas' figures of a period, for one department when asked (the topics it studies): ideas
/// submitted, supports given (the per-day counters, days in the site's time zone), and ideas
/// answered, accepted and implemented in the period; the implemented ones are its changes.
/// </summary>
public sealed class IdeaImpact(IDataSession session, IDateDisplay dates, IStringLocalizer<IdeaImpact> T) : IImpactFigures
{
    public string Tool => "ideas";
    public int Position => 4;

    public async Task<ImpactSection> ComputeAsync(ImpactQuery query)
    {
        var topics = await ImpactScope<IdeaTopicPart>.ReadAsync(session, dates, query, ContentTypes.IdeaTopic, t => t.Department);
        var ideas = session.Set<IdeaIndex>().AsNoTracking().Where(x => topics.Ids.Contains(x.TopicId));
        var submitted = await ideas.CountAsync(x => x.CreatedUtc >= query.FromUtc && x.CreatedUtc < query.ToUtc);
        var supports = await session.Set<IdeaSupportCount>().AsNoTracking()
            .Where(c => ideas.Any(i => i.ContentItemId == c.IdeaId) && string.Compare(c.Day, topics.FromDay) >= 0 && string.Compare(c.Day, topics.ToDay) < 0)
            .SumAsync(c => (long?)c.Count) ?? 0;
        var steps = session.Set<IdeaStatusChange>().AsNoTracking()
            .Where(c => c.CreatedUtc >= query.FromUtc && c.CreatedUtc < query.ToUtc && ideas.Any(i => i.ContentItemId == c.IdeaId));
        var answered = await steps.Where(c => c.Note != null && IdeaOutcomes.Decided.Contains(c.Status)).Select(c => c.IdeaId).Distinct().CountAsync();
        var accepted = await steps.Where(c => c.Status == IdeaStatus.Accepted).Select(c => c.IdeaId).Distinct().CountAsync();
        var implemented = await steps.Where(c => c.Status == IdeaStatus.Implemented).Select(c => c.IdeaId).Distinct()
            .Join(ideas, id => id, i => i.ContentItemId, (_, i) => i.Title).ToListAsync();
        return new ImpactSection(Tool, T["Ideas"],
        [
            new("ideas.submitted", T["Ideas submitted"], submitted, FigureKind.Count),
            new("ideas.supports", T["Supports given"], supports, FigureKind.Count),
            new("ideas.answered", T["Ideas answered"], answered, FigureKind.Count),
            new("ideas.accepted", T["Ideas accepted"], accepted, FigureKind.Count),
            new("ideas.implemented", T["Ideas implemented"], implemented.Count, FigureKind.Count),
        ], [.. implemented.Order(StringComparer.Ordinal)]);
    }
}
