using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Participation.Caching;
using Participation.Comments.Models;
using Participation.Comments.Services;
using Participation.ContentManagement;
using Participation.Data;
using Participation.Http;
using Participation.Moderation;
using Participation.Mvc;
using Participation.Users;
using Participation.Notify;

namespace Participation.Comments.Controllers;

/// <summary>Posting and reporting comments. Signed-in only, rate limited, antiforgery checked.</summary>
[Authorize, Area("Participation.Comments"), Route("comments"), EnableRateLimiting(RateLimitPolicies.Comments)]
public sealed class CommentsController(
    CommentPosting posting,
    IContentManager contentManager,
    IDataSession session,
    IModerationSettingsStore moderation,
    IModerationReasons reasons,
    UserManager<ParticipationUser> users,
    TimeProvider clock,
    INotifier notifier,
    IDraftStore drafts,
    IPageCache pages,
    OwnCommentItems own,
    IStringLocalizer<CommentsController> T) : Controller
{
    public const string DraftKey = "CommentDraft";

    // A comment is at most CommentLimits.MaxLength characters: a few KB, even percent-encoded.
    [HttpPost("{contentItemId}"), RequestSizeLimit(64 * 1024), RequestFormLimits(ValueLengthLimit = 32 * 1024)]
    public async Task<IActionResult> Post(string contentItemId, string? text, long? parentId, int? rating, bool official, bool acceptTerms, string? stance, string? audience)
    {
        var result = await posting.PostAsync(User, new CommentDraft(contentItemId, text ?? "", parentId, rating, official, acceptTerms, stance, audience));
        var item = await contentManager.GetAsync(contentItemId);
        if (item is null) return NotFound();
        if (!result.Accepted)
        {
            notifier.Error(result.Error!);
            await drafts.KeepAsync(DraftKey, text); // nothing the participant typed is lost
        }
        else
        {
            notifier.Success(result.Status == CommentStatus.Published
                ? T["Thank you: your comment is published."]
                : T["Thank you: your comment will appear once a moderator has reviewed it."]);
        }
        return LocalRedirect($"/{item.Path}#comments");
    }

    [HttpPost("{id:long}/report")]
    public async Task<IActionResult> Report(long id, string? reason)
    {
        var comment = await session.Set<Comment>().FirstOrDefaultAsync(c => c.Id == id && c.Status == CommentStatus.Published);
        if (comment is null) return NotFound();
        var item = await contentManager.GetAsync(comment.ContentItemId);
        if (item is null) return NotFound();
        var userId = users.GetUserId(User)!;
        var known = !string.IsNullOrEmpty(reason) && (await reasons.ListAsync()).Any(r => r.Key == reason);
        if (!known)
        {
            notifier.Error(T["Choose why you report this comment."]);
            return LocalRedirect($"/{item.Path}#comment-{id}");
        }
        if (comment.AuthorId == userId || await session.Set<CommentReport>().AnyAsync(r => r.CommentId == id && r.UserId == userId))
        {
            notifier.Success(T["Your report is already with the moderators."]);
            return LocalRedirect($"/{item.Path}#comment-{id}");
        }
        session.Set<CommentReport>().Add(new CommentReport { CommentId = id, UserId = userId, Reason = reason!, CreatedUtc = clock.GetUtcNow().UtcDateTime });
        comment.ReportCount++;
        if (!comment.FlagList.Contains("reported")) comment.Flags = string.Join(",", comment.FlagList.Append("reported"));
        // Enough reports take it down until a moderator decides.
        if (comment.ReportCount >= (await moderation.GetAsync()).ReportsToHide) comment.Status = CommentStatus.Pending;
        await CommentCounters.SaveChangesAsync(session);
        if (comment.Status == CommentStatus.Pending) own.Forget(comment.AuthorId);
        if (comment.Status == CommentStatus.Pending) await pages.EvictAsync(CacheTags.ContentItem(item.ContentItemId));
        notifier.Success(T["Thank you: the moderators will review this comment."]);
        return LocalRedirect($"/{item.Path}#comments");
    }
}
