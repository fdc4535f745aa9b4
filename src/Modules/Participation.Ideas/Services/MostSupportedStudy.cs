using Microsoft.EntityFrameworkCore;
using Participation.Caching;
using Participation.ContentManagement;
using Participation.Data;
using Participation.Ideas.Domain;
using Participation.Ideas.Models;

namespace Participation.Ideas.Services;

/// <summary>
/// The "top N at the end" rule (<see cref="IdeaTopicPart.StudyTop"/>): when the topic moves to
/// study — the shipped timer workflow at the end of supporting, or an editor — its most-supported
/// published ideas (<see cref="StudySelection"/>) go to study in the stage change's transaction,
/// each with the same events and emails as the threshold (<see cref="StudyStart"/>), once.
/// Reads only the ideas at or above the N-th idea's supports, never the whole topic.
/// </summary>
public sealed class MostSupportedStudy(IDataSession session, StudyStart study, IPageCache pages, TimeProvider clock)
{
    public async Task SendToStudyAsync(ContentItem topic)
    {
        var part = topic.As<IdeaTopicPart>();
        if (part.StudyTop is not { } n || n < 1) return;
        var ideas = session.Set<IdeaIndex>().AsNoTracking().Where(x => x.TopicId == topic.ContentItemId && x.Status == IdeaStatus.Published && x.Supports > 0);
        var cut = await ideas.OrderByDescending(x => x.Supports).Skip(n - 1).Select(x => (long?)x.Supports).FirstOrDefaultAsync() ?? 1;
        var candidates = await ideas.Where(x => x.Supports >= cut).Select(x => new { x.ContentItemId, x.Supports, x.Title }).ToListAsync();
        var chosen = StudySelection.Choose(candidates.Select(c => (c.ContentItemId, c.Supports)), n);
        var now = clock.GetUtcNow().UtcDateTime;
        var sent = new List<string>();
        foreach (var idea in candidates.Where(c => chosen.Contains(c.ContentItemId)))
        {
            if (await study.StartAsync(session, idea.ContentItemId, topic.ContentItemId, idea.Title, idea.Supports, part.Department, now, StudyRule.MostSupported))
                sent.Add(CacheTags.ContentItem(idea.ContentItemId));
        }
        if (sent.Count > 0) await pages.EvictAsync([.. sent, CacheTags.ContentItem(topic.ContentItemId)]);
    }
}
