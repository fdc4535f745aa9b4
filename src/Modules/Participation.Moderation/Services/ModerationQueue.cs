using Participation.Data;
using Participation.AuditTrail;
using Participation.Comments;
using Participation.ContentManagement;
using Microsoft.EntityFrameworkCore;

namespace Participation.Moderation.Services;

public enum QueueTab { Pending, Flagged, Reported, Hidden }

public sealed record QueueEntry(CommentInfo Comment, string ContentTitle, string? ContentPath, int Violations);

/// <summary>A page of a queue tab, how many wait in it in all, and where the next page starts (null on the last).</summary>
public sealed record QueuePage(IReadOnlyList<QueueEntry> Entries, int Total, KeysetCursor? Next);

/// <summary>
/// The moderators' work: what waits, oldest first, and the decisions on it — each one audited.
/// The comments module owns the comments; this reads and decides through its contracts.
/// </summary>
public sealed class ModerationQueue(
    ICommentStore comments,
    ICommentModeration commentModeration,
    IModerationReasons reasons,
    IContentManager contentManager,
    IAuditTrail audit,
    IModerationSettingsStore settings,
    TimeProvider clock)
{
    /// <summary>The oldest a filter may ask for: ten years, far past any comment and within the clock's range.</summary>
    public const int MaxOlderThanHours = 24 * 366 * 10;

    /// <summary>Comments on a page of the queue, oldest first.</summary>
    public const int PageSize = 50;

    public async Task<QueuePage> ListAsync(QueueTab tab, string? contentItemId, string? reason, int? olderThanHours, KeysetCursor? after = null)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var query = TabQuery(tab) with
        {
            ContentItemId = contentItemId,
            Reason = reason,
            CreatedBeforeUtc = olderThanHours is { } hours ? now.AddHours(-hours) : null,
        };
        // One more than a page says whether there is a next one; the total is counted by the database.
        var page = await comments.ListAsync(query with { After = after, Take = PageSize + 1 });
        var found = page.Take(PageSize).ToList();
        var total = after is null && page.Count <= PageSize ? page.Count : await comments.CountAsync(query);

        var itemIds = found.Select(c => c.ContentItemId).Distinct().ToList();
        var items = await contentManager.Query(VersionOptions.Latest)
            .Where(i => itemIds.Contains(i.ContentItemId)).Select(i => new { i.ContentItemId, i.DisplayText, i.Path }).ToListAsync();
        var authorIds = found.Where(c => c.AuthorId != null).Select(c => c.AuthorId!).Distinct().ToList();
        var violations = await comments.CountHiddenByAuthorAsync(authorIds, now.AddDays(-90));
        var entries = found.Select(c =>
        {
            var item = items.FirstOrDefault(i => i.ContentItemId == c.ContentItemId);
            return new QueueEntry(c, item?.DisplayText ?? c.ContentItemId, item?.Path, c.AuthorId is null ? 0 : violations.GetValueOrDefault(c.AuthorId));
        }).ToList();
        return new QueuePage(entries, total, page.Count > PageSize ? new KeysetCursor(found[^1].CreatedUtc, found[^1].Id) : null);
    }

    /// <summary>How many wait in each tab, across the site (kept by the comments module, so reading them costs no scan).</summary>
    public async Task<IReadOnlyDictionary<QueueTab, int>> TabCountsAsync()
    {
        var counts = new Dictionary<QueueTab, int>();
        foreach (var tab in Enum.GetValues<QueueTab>()) counts[tab] = await comments.CountAsync(TabQuery(tab));
        return counts;
    }

    private static CommentQuery TabQuery(QueueTab tab) => tab switch
    {
        QueueTab.Pending => new CommentQuery { Status = CommentStatus.Pending },
        QueueTab.Flagged => new CommentQuery { Flagged = true, NotStatus = CommentStatus.Hidden },
        QueueTab.Reported => new CommentQuery { Reported = true, NotStatus = CommentStatus.Hidden },
        _ => new CommentQuery { Status = CommentStatus.Hidden },
    };

    public async Task<int> ViolationsBeforeBanSuggestionAsync() => (await settings.GetAsync()).ViolationsBeforeBanSuggestion;

    public Task<int> ApproveAsync(IReadOnlyCollection<long> ids, string moderator)
        => DecideAsync(ids, moderator, CommentStatus.Published, null, "Approved");

    public Task<int> RestoreAsync(IReadOnlyCollection<long> ids, string moderator)
        => DecideAsync(ids, moderator, CommentStatus.Published, null, "Restored");

    public async Task<int> HideAsync(IReadOnlyCollection<long> ids, string moderator, string reason)
    {
        if (!(await reasons.ListAsync()).Any(r => r.Key == reason)) throw new ArgumentException("unknown reason", nameof(reason));
        return await DecideAsync(ids, moderator, CommentStatus.Hidden, reason, "Hidden");
    }

    /// <summary>A moderator edits personal data out; the text as it was goes to the audit trail.</summary>
    public async Task<bool> EditAsync(long id, string text, string moderator)
    {
        if (await commentModeration.EditTextAsync(id, text, moderator) is not { } edited) return false;
        await audit.RecordAsync("Moderation", "Edited", $"#{id}: {edited.TextBefore}", new AuditSubject(edited.Comment.ContentItemId));
        return true;
    }

    private async Task<int> DecideAsync(IReadOnlyCollection<long> ids, string moderator, CommentStatus status, string? reason, string eventName)
    {
        var decided = await commentModeration.DecideAsync(ids, status, reason, moderator);
        foreach (var comment in decided)
            await audit.RecordAsync("Moderation", eventName, reason is null ? $"#{comment.Id}" : $"#{comment.Id}: {reason}", new AuditSubject(comment.ContentItemId));
        return decided.Count;
    }
}
