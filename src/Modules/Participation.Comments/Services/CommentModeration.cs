using Microsoft.EntityFrameworkCore;
using Participation.Caching;
using Participation.Comments.Models;
using Participation.Data;

namespace Participation.Comments.Services;

/// <summary>
/// Carries out the moderators' decisions on the comments table (the moderation module decides, this
/// module writes), and evicts the cached pages of the items whose comments changed.
/// </summary>
public sealed class CommentModeration(IDataSession session, IPageCache pages, OwnCommentItems own, TimeProvider clock) : ICommentModeration
{
    public async Task<IReadOnlyList<CommentInfo>> DecideAsync(IReadOnlyCollection<long> ids, CommentStatus status, string? hiddenReason, string moderator)
    {
        var comments = await session.Set<Comment>().Where(c => ids.Contains(c.Id)).ToListAsync();
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var comment in comments)
        {
            comment.Status = status;
            comment.HiddenReason = status == CommentStatus.Hidden ? hiddenReason : null;
            comment.ModeratedBy = moderator;
            comment.ModeratedUtc = now;
        }
        await CommentCounters.SaveChangesAsync(session);
        foreach (var author in comments.Select(c => c.AuthorId).Distinct()) own.Forget(author);
        await pages.EvictAsync([.. comments.Select(c => CacheTags.ContentItem(c.ContentItemId)).Distinct()]);
        return comments.Select(CommentStore.ToInfoOf).ToList();
    }

    public async Task<EditedComment?> EditTextAsync(long id, string text, string moderator)
    {
        var comment = await session.Set<Comment>().FirstOrDefaultAsync(c => c.Id == id);
        if (comment is null || string.IsNullOrWhiteSpace(text) || text.Length > CommentLimits.MaxLength) return null;
        var before = comment.OriginalText ?? comment.Text;
        comment.OriginalText = null;
        comment.Text = text.Trim();
        comment.ModeratedBy = moderator;
        comment.ModeratedUtc = clock.GetUtcNow().UtcDateTime;
        await session.SaveChangesAsync();
        await pages.EvictAsync(CacheTags.ContentItem(comment.ContentItemId));
        return new EditedComment(CommentStore.ToInfoOf(comment), before);
    }
}
