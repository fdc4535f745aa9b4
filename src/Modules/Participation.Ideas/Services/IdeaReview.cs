using Microsoft.EntityFrameworkCore;
using Participation.Caching;
using Participation.ContentManagement;
using Participation.Data;
using Participation.Ideas.Models;
using Participation.Moderation;

namespace Participation.Ideas.Services;

/// <summary>An idea waiting for review, with what screening found and the ideas it may repeat.</summary>
public sealed record ReviewEntry(IdeaIndex Row, ContentItem Idea, string TopicTitle, IReadOnlyList<IdeaIndex> PossibleDuplicates);

/// <summary>
/// The moderators' decision on submitted ideas, against the participation terms: approved ones
/// are published (and searchable), refused ones stay with their author with the policy's reason.
/// Each decision is one transaction with its timeline step and workflow event.
/// </summary>
public sealed class IdeaReview(IDataSession session, IContentManager contentManager, IModerationReasons reasons, IdeaEvents events, IdeaSearch search, IdeaTimelines timelines, IPageCache pages, TimeProvider clock)
{
    public const int PageSize = 50;

    /// <summary>The oldest waiting ideas first, each with up to three published ideas of its topic it may repeat.</summary>
    public async Task<IReadOnlyList<ReviewEntry>> PendingAsync()
    {
        var rows = await session.Set<IdeaIndex>().AsNoTracking().Where(x => x.Status == IdeaStatus.Pending)
            .OrderBy(x => x.CreatedUtc).ThenBy(x => x.ContentItemId).Take(PageSize).ToListAsync();
        var ids = rows.Select(r => r.ContentItemId).Concat(rows.Select(r => r.TopicId)).Distinct().ToList();
        var items = await contentManager.Query(VersionOptions.Latest).AsNoTracking().Where(x => ids.Contains(x.ContentItemId)).ToDictionaryAsync(x => x.ContentItemId);
        var entries = new List<ReviewEntry>();
        foreach (var row in rows)
        {
            if (!items.TryGetValue(row.ContentItemId, out var idea)) continue;
            var similar = await search.SimilarAsync(row.TopicId, row.Title, 3, except: row.ContentItemId);
            var duplicates = similar.Count == 0 ? [] : await session.Set<IdeaIndex>().AsNoTracking()
                .Where(x => similar.Contains(x.ContentItemId) && IdeaStatus.Listed.Contains(x.Status)).ToListAsync();
            entries.Add(new ReviewEntry(row, idea, items.GetValueOrDefault(row.TopicId)?.DisplayText ?? "", [.. duplicates.OrderBy(d => similar.ToList().IndexOf(d.ContentItemId))]));
        }
        return entries;
    }

    public async Task<bool> ApproveAsync(string ideaId)
    {
        var row = await session.Set<IdeaIndex>().FirstOrDefaultAsync(x => x.ContentItemId == ideaId && x.Status == IdeaStatus.Pending);
        var idea = row is null ? null : await contentManager.GetAsync(ideaId, VersionOptions.Latest);
        if (row is null || idea is null) return false;
        var now = clock.GetUtcNow().UtcDateTime;
        await using var transaction = await session.Database.BeginTransactionAsync();
        var published = await contentManager.PublishAsync(idea);
        if (!published.Succeeded) return false;
        row.Status = IdeaStatus.Published;
        // An idea back from an edit keeps its first publication date and place.
        row.PublishedUtc ??= now;
        row.RefusalReason = null;
        session.Set<IdeaStatusChange>().Add(new IdeaStatusChange { IdeaId = ideaId, Status = IdeaStatus.Published, CreatedUtc = now });
        await session.SaveChangesAsync();
        timelines.Forget(ideaId);
        await events.PublishedAsync(ideaId, row.TopicId, row.Title);
        await transaction.CommitAsync();
        await search.IndexAsync(idea);
        await pages.EvictAsync(CacheTags.ContentItem(row.TopicId));
        return true;
    }

    /// <summary>Refused with one of the policy's reasons, which the author reads with how to appeal.</summary>
    public async Task<bool> RefuseAsync(string ideaId, string reason)
    {
        if (!(await reasons.ListAsync()).Any(r => r.Key == reason)) return false;
        var row = await session.Set<IdeaIndex>().FirstOrDefaultAsync(x => x.ContentItemId == ideaId && x.Status == IdeaStatus.Pending);
        if (row is null) return false;
        await using var transaction = await session.Database.BeginTransactionAsync();
        row.Status = IdeaStatus.Refused;
        row.RefusalReason = reason;
        session.Set<IdeaStatusChange>().Add(new IdeaStatusChange { IdeaId = ideaId, Status = IdeaStatus.Refused, Note = reason, CreatedUtc = clock.GetUtcNow().UtcDateTime });
        await session.SaveChangesAsync();
        timelines.Forget(ideaId);
        await events.StatusChangedAsync(ideaId, row.TopicId, row.Title, IdeaStatus.Pending, IdeaStatus.Refused);
        await transaction.CommitAsync();
        return true;
    }
}
