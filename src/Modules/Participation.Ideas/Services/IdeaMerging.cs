using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Participation.AuditTrail;
using Participation.Caching;
using Participation.Data;
using Participation.Ideas.Domain;
using Participation.Ideas.Models;

namespace Participation.Ideas.Services;

/// <summary>
/// Merges a duplicate idea B into idea A without losing a support (consul#1283): in one
/// transaction B becomes a pointer to A (status <see cref="IdeaStatus.Merged"/>), B's supports
/// move to A through the unique (idea, person) key — someone who supported both keeps one, so
/// the topic's limit counts them once — and A's counters, day counts and trending key grow by
/// exactly the supports that moved. B's author, supporters and followers are told by the
/// shipped workflow (<see cref="Activities.IdeaMergedEvent"/>), and the merge is audited.
/// Both rows are taken before anything moves, as every support takes its idea's row
/// (<see cref="SupportWriter"/>): a support racing the merge is counted before it or finds B merged.
/// </summary>
public sealed class IdeaMerging(IDataSession session, IdeaEvents events, IdeaSearch search, SupportDays days, IAuditTrail audit, IPageCache pages, OwnSupports own, IdeaTimelines timelines, TimeProvider clock, ILogger<IdeaMerging> logger)
{
    public async Task<IdeaProblem?> MergeAsync(string fromId, string? intoId)
    {
        var rows = await session.Set<IdeaIndex>().AsNoTracking().Where(x => x.ContentItemId == fromId || x.ContentItemId == intoId).ToListAsync();
        var from = rows.FirstOrDefault(r => r.ContentItemId == fromId);
        var into = rows.FirstOrDefault(r => r.ContentItemId == intoId);
        if (from is null) return new("This idea no longer exists.");
        if (MergeRules.CanMerge(from, into) is { } problem) return problem;
        long moved;
        try
        {
            moved = await MoveAsync(from, into!);
        }
        catch (Exception ex) when (ex is DbException or DbUpdateException or InvalidOperationException { InnerException: DbException })
        {
            logger.LogWarning(ex, "Merging idea {From} into {Into} was not committed", fromId, intoId);
            return new("The ideas could not be merged. Please try again.");
        }
        if (moved < 0) return new("One of the ideas changed meanwhile: open them again and choose.");
        await search.RemoveAsync(fromId);
        await pages.EvictAsync(CacheTags.ContentItem(fromId), CacheTags.ContentItem(into!.ContentItemId), CacheTags.ContentItem(from.TopicId), Participation.Transparency.TransparencyCacheTags.Results);
        return null;
    }

    /// <summary>The merge's transaction; the number of supports that moved, or −1 when either idea changed status meanwhile.</summary>
    private async Task<long> MoveAsync(IdeaIndex from, IdeaIndex into)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var transaction = await session.Database.BeginTransactionAsync();
        // Both rows in the one order every batch of supports takes its ideas' rows: no deadlock with a batch holding A and waiting for B.
        await SupportWriter.TakeInOrderAsync(session, [from.ContentItemId, into.ContentItemId]);
        var taken = await session.Set<IdeaIndex>().Where(x => x.ContentItemId == from.ContentItemId && MergeRules.Mergeable.Contains(x.Status))
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.Status, IdeaStatus.Merged).SetProperty(x => x.MergedIntoId, into.ContentItemId));
        if (taken == 0 || await SupportWriter.TakeAsync(session, into.ContentItemId, IdeaStatus.Listed) == 0) return -1;

        var db = session.Database;
        await db.ExecuteSqlRawAsync(
            "INSERT INTO \"IdeaMergedSupporters\" (\"IdeaId\", \"UserId\") SELECT \"IdeaId\", \"UserId\" FROM \"IdeaSupports\" WHERE \"IdeaId\" = {0} ON CONFLICT DO NOTHING", from.ContentItemId);
        var movedRows = await db.SqlQueryRaw<SupportedAt>(
            "INSERT INTO \"IdeaSupports\" (\"IdeaId\", \"TopicId\", \"UserId\", \"CreatedUtc\") SELECT {1}, \"TopicId\", \"UserId\", \"CreatedUtc\" FROM \"IdeaSupports\" WHERE \"IdeaId\" = {0} ON CONFLICT (\"IdeaId\", \"UserId\") DO NOTHING RETURNING \"CreatedUtc\"",
            from.ContentItemId, into.ContentItemId).ToListAsync();
        var supporters = await db.SqlQueryRaw<string>("DELETE FROM \"IdeaSupports\" WHERE \"IdeaId\" = {0} RETURNING \"UserId\" AS \"Value\"", from.ContentItemId).ToListAsync();
        // Each supporter of B now supports A (and holds one support fewer if they supported both): their kept supports are forgotten, again once this commits.
        foreach (var userId in supporters) own.Forget(from.TopicId, userId);
        await db.ExecuteSqlRawAsync("DELETE FROM \"IdeaSupportCounts\" WHERE \"IdeaId\" = {0}", from.ContentItemId);

        var moved = movedRows.Select(r => DateTime.SpecifyKind(r.CreatedUtc, DateTimeKind.Utc)).ToList();
        foreach (var day in moved.GroupBy(days.DayOf)) await days.AddAsync(session, into.ContentItemId, day.First(), day.Count());
        var heat = await session.Set<IdeaIndex>().Where(x => x.ContentItemId == into.ContentItemId).Select(x => x.Heat).FirstAsync();
        heat = moved.Aggregate(heat, TrendingScore.Add);
        await session.Set<IdeaIndex>().Where(x => x.ContentItemId == into.ContentItemId)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.Supports, x => x.Supports + moved.Count).SetProperty(x => x.Heat, heat));
        await session.Set<IdeaIndex>().Where(x => x.ContentItemId == from.ContentItemId)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.Supports, 0L).SetProperty(x => x.Heat, TrendingScore.Start(from.PublishedUtc ?? from.CreatedUtc)));

        session.Set<IdeaStatusChange>().Add(new IdeaStatusChange { IdeaId = from.ContentItemId, Status = IdeaStatus.Merged, CreatedUtc = now });
        await session.SaveChangesAsync();
        timelines.Forget(from.ContentItemId);
        await events.MergedAsync(from.ContentItemId, from.TopicId, from.Title, into.ContentItemId, into.Title, moved.Count);
        await audit.RecordAsync("Idea", "Merged", $"{from.ContentItemId} → {into.ContentItemId} ({into.Title}): {moved.Count} supports moved",
            new AuditSubject(from.ContentItemId, ContentType: ContentTypes.Idea, DisplayText: from.Title));
        await transaction.CommitAsync();
        return moved.Count;
    }

    private sealed class SupportedAt
    {
        public DateTime CreatedUtc { get; set; }
    }
}
