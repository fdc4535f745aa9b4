using Participation.AuditTrail;
using Microsoft.EntityFrameworkCore;
using Participation.Comments;
using Participation.Data;
using Participation.Moderation.Models;

namespace Participation.Moderation.Services;

public enum QueueTab { Pending, Flagged, Reported, Hidden }

public sealed record QueueEntry(Comment Comment, string ContentTitle, string? ContentPath, int Violations);

/// <summary>The moderators' work: what waits, oldest first, and the decisions on it — each one audited.</summary>
public sealed class ModerationQueue(IDataSession session, IAuditTrail audit, IModerationSettingsStore settings, TimeProvider clock)
{
    public async Task<IReadOnlyList<QueueEntry>> ListAsync(QueueTab tab, string? contentItemId, string? reason, int? olderThanHours)
    {
        var query = session.Set<Comment>().AsNoTracking();
        query = tab switch
        {
            QueueTab.Pending => query.Where(c => c.Status == CommentStatus.Pending),
            QueueTab.Flagged => query.Where(c => c.Flags != "" && c.Status != CommentStatus.Hidden),
            QueueTab.Reported => query.Where(c => c.ReportCount > 0 && c.Status != CommentStatus.Hidden),
            _ => query.Where(c => c.Status == CommentStatus.Hidden),
        };
        if (!string.IsNullOrEmpty(contentItemId)) query = query.Where(c => c.ContentItemId == contentItemId);
        if (!string.IsNullOrEmpty(reason)) query = query.Where(c => c.Flags.Contains(reason) || c.HiddenReason == reason);
        if (olderThanHours is { } hours) { var before = clock.GetUtcNow().UtcDateTime.AddHours(-hours); query = query.Where(c => c.CreatedUtc <= before); }
        var comments = await query.OrderBy(c => c.CreatedUtc).Take(200).ToListAsync();

        var itemIds = comments.Select(c => c.ContentItemId).Distinct().ToList();
        var items = await session.Set<Participation.ContentManagement.ContentItem>().AsNoTracking()
            .Where(i => itemIds.Contains(i.ContentItemId) && i.Latest).Select(i => new { i.ContentItemId, i.DisplayText, i.Path }).ToListAsync();
        var authorIds = comments.Where(c => c.AuthorId != null).Select(c => c.AuthorId!).Distinct().ToList();
        var since = clock.GetUtcNow().UtcDateTime.AddDays(-90);
        var violations = await session.Set<Comment>().Where(c => authorIds.Contains(c.AuthorId!) && c.Status == CommentStatus.Hidden && c.CreatedUtc >= since)
            .GroupBy(c => c.AuthorId!).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count);
        return comments.Select(c =>
        {
            var item = items.FirstOrDefault(i => i.ContentItemId == c.ContentItemId);
            return new QueueEntry(c, item?.DisplayText ?? c.ContentItemId, item?.Path, c.AuthorId is null ? 0 : violations.GetValueOrDefault(c.AuthorId));
        }).ToList();
    }

    public async Task<int> ViolationsBeforeBanSuggestionAsync() => (await settings.GetAsync()).ViolationsBeforeBanSuggestion;

    public Task<int> ApproveAsync(IReadOnlyCollection<long> ids, string moderator)
        => DecideAsync(ids, moderator, CommentStatus.Published, null, "Approved");

    public Task<int> RestoreAsync(IReadOnlyCollection<long> ids, string moderator)
        => DecideAsync(ids, moderator, CommentStatus.Published, null, "Restored");

    public async Task<int> HideAsync(IReadOnlyCollection<long> ids, string moderator, string reason)
    {
        if (!await session.Set<ModerationReason>().AnyAsync(r => r.Key == reason && r.IsActive)) throw new ArgumentException("unknown reason", nameof(reason));
        return await DecideAsync(ids, moderator, CommentStatus.Hidden, reason, "Hidden");
    }

    /// <summary>A moderator edits personal data out; the text as it was goes to the audit trail.</summary>
    public async Task<bool> EditAsync(long id, string text, string moderator)
    {
        var comment = await session.Set<Comment>().FirstOrDefaultAsync(c => c.Id == id);
        if (comment is null || string.IsNullOrWhiteSpace(text) || text.Length > CommentLimits.MaxLength) return false;
        var before = comment.OriginalText ?? comment.Text;
        comment.OriginalText = null;
        comment.Text = text.Trim();
        comment.ModeratedBy = moderator;
        comment.ModeratedUtc = clock.GetUtcNow().UtcDateTime;
        await session.SaveChangesAsync();
        await audit.RecordAsync("Moderation", "Edited", $"#{id}: {before}", e => e.ContentItemId = comment.ContentItemId);
        return true;
    }

    private async Task<int> DecideAsync(IReadOnlyCollection<long> ids, string moderator, CommentStatus status, string? reason, string eventName)
    {
        var comments = await session.Set<Comment>().Where(c => ids.Contains(c.Id)).ToListAsync();
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var comment in comments)
        {
            comment.Status = status;
            comment.HiddenReason = reason;
            comment.ModeratedBy = moderator;
            comment.ModeratedUtc = now;
        }
        await session.SaveChangesAsync();
        foreach (var comment in comments)
            await audit.RecordAsync("Moderation", eventName, reason is null ? $"#{comment.Id}" : $"#{comment.Id}: {reason}", e => e.ContentItemId = comment.ContentItemId);
        return comments.Count;
    }
}
