using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Participation.Comments.Models;
using Participation.Data;
using Participation.Moderation;
using Participation.Users;
using Participation.Workflows;

namespace Participation.Comments.Services;

public sealed record CommentView(Comment Comment, IReadOnlyList<Comment> Replies, string? ReasonName);

public sealed record CommentThread(IReadOnlyList<CommentView> Comments, double? AverageRating, int RatingCount, bool SignedIn, bool HasAcceptedTerms, bool CanReplyOfficially);

/// <summary>
/// What a reader sees: published comments with their replies; and, for the signed-in
/// author, their own waiting or hidden comments with the reason.
/// </summary>
public sealed class CommentThreads(IDataSession session, IModerationReasons moderationReasons, UserManager<ParticipationUser> users, Microsoft.AspNetCore.Authorization.IAuthorizationService authorization)
{
    public async Task<CommentThread> BuildAsync(string contentItemId, ClaimsPrincipal principal)
    {
        var userId = users.GetUserId(principal);
        var visible = await session.Set<Comment>().AsNoTracking()
            .Where(c => c.ContentItemId == contentItemId && (c.Status == CommentStatus.Published || (userId != null && c.AuthorId == userId)))
            .OrderBy(c => c.Id).ToListAsync();
        var reasons = (await moderationReasons.ListAsync(activeOnly: false)).ToDictionary(r => r.Key);
        var culture = System.Globalization.CultureInfo.CurrentUICulture.Name;
        var top = visible.Where(c => c.ParentId == null)
            .Select(c => new CommentView(c, visible.Where(r => r.ParentId == c.Id).ToList(),
                c.HiddenReason is { } key && reasons.TryGetValue(key, out var reason) ? reason.Name(culture) : null))
            .ToList();
        var ratings = visible.Where(c => c.Status == CommentStatus.Published && c.Rating is not null).Select(c => c.Rating!.Value).ToList();
        var accepted = userId is not null && await users.GetUserAsync(principal) is { } user
            && (await users.GetClaimsAsync(user)).Any(c => c.Type == CommentPosting.TermsClaim);
        return new CommentThread(top, ratings.Count > 0 ? ratings.Average() : null, ratings.Count, userId is not null, accepted,
            userId is not null && await Participation.Security.AuthorizationServiceExtensions.AuthorizeAsync(authorization, principal, Permissions.ReplyOfficially));
    }
}
