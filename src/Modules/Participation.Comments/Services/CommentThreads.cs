using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Participation.Comments.Models;
using Participation.Data;
using Participation.Moderation;
using Participation.Users;

namespace Participation.Comments.Services;

public sealed record CommentView(Comment Comment, IReadOnlyList<Comment> Replies, string? ReasonName);

/// <summary>
/// One page of a thread: its comments with their replies, where the next page starts (null on
/// the last), and the id of the next page's first comment (the anchor the "more" link jumps to).
/// </summary>
public sealed record CommentPage(IReadOnlyList<CommentView> Comments, ThreadCursor? Next, long? NextFirstId);

public sealed record CommentThread(CommentPage Page, bool FirstPage, int Count, double? AverageRating, int RatingCount, bool SignedIn, bool HasAcceptedTerms, bool CanReplyOfficially);

/// <summary>
/// What a reader sees: published comments with their replies, a page at a time — the agency's
/// replies first, then the newest — and, for the signed-in author, their own waiting or hidden
/// comments with the reason. Pages are read by keyset (created, id) so a thread of any length
/// costs one page; counts and the average rating are computed by the database.
/// </summary>
public sealed class CommentThreads(IDataSession session, IModerationReasons moderationReasons, UserManager<ParticipationUser> users, IAccountSummaries accounts, Microsoft.AspNetCore.Authorization.IAuthorizationService authorization)
{
    /// <summary>Top-level comments on a page; each comes with all its replies.</summary>
    public const int PageSize = 20;

    public async Task<CommentThread> BuildAsync(string contentItemId, ClaimsPrincipal principal, ThreadCursor? after)
    {
        var userId = users.GetUserId(principal);
        var page = await PageAsync(contentItemId, userId, after);
        var published = session.Set<Comment>().Where(c => c.ContentItemId == contentItemId && c.Status == CommentStatus.Published);
        var count = await published.CountAsync(c => c.ParentId == null);
        var rated = published.Where(c => c.Rating != null);
        var ratingCount = await rated.CountAsync();
        double? average = ratingCount == 0 ? null : await rated.AverageAsync(c => (double)c.Rating!.Value);
        // From the cached summary kept with the security stamp (evicted when the claim is added), not a read of the account per page.
        var accepted = userId is not null && (await accounts.GetAsync(principal))?.HasClaim(CommentPosting.TermsClaim) == true;
        return new CommentThread(page, after is null, count, average, ratingCount, userId is not null, accepted,
            userId is not null && await Participation.Security.AuthorizationServiceExtensions.AuthorizeAsync(authorization, principal, Permissions.ReplyOfficially));
    }

    /// <summary>The page after the cursor (the first page without one), for the page and for the script that appends it.</summary>
    public async Task<CommentPage> PageAsync(string contentItemId, string? userId, ThreadCursor? after)
    {
        var top = new List<Comment>();
        // One more than a page tells whether there is a next one, and which comment it starts with.
        foreach (var official in new[] { true, false })
        {
            if (after is { Official: false } && official) continue;
            var from = after is not null && after.Official == official ? after.At : null;
            top.AddRange(await RunAsync(contentItemId, userId, official, from, PageSize + 1 - top.Count));
            if (top.Count > PageSize) break;
        }
        var shown = top.Take(PageSize).ToList();
        var ids = shown.Select(c => c.Id).ToList();
        var replies = ids.Count == 0 ? [] : await Visible(contentItemId, userId)
            .Where(c => c.ParentId != null && ids.Contains(c.ParentId.Value))
            .OrderBy(c => c.CreatedUtc).ThenBy(c => c.Id).ToListAsync();
        var reasons = shown.Any(c => c.HiddenReason is not null) ? (await moderationReasons.ListAsync(activeOnly: false)).ToDictionary(r => r.Key) : [];
        var culture = System.Globalization.CultureInfo.CurrentUICulture.Name;
        var views = shown.Select(c => new CommentView(c, replies.Where(r => r.ParentId == c.Id).ToList(),
            c.HiddenReason is { } key && reasons.TryGetValue(key, out var reason) ? reason.Name(culture) : null)).ToList();
        var last = shown.LastOrDefault();
        return top.Count > PageSize && last is not null
            ? new CommentPage(views, new ThreadCursor(last.IsOfficial, new KeysetCursor(last.CreatedUtc, last.Id)), top[PageSize].Id)
            : new CommentPage(views, null, null);
    }

    /// <summary>The agency's top-level replies, or everyone else's, newest first, after a place in that run.</summary>
    private Task<List<Comment>> RunAsync(string contentItemId, string? userId, bool official, KeysetCursor? from, int take)
    {
        return Visible(contentItemId, userId).Where(c => c.ParentId == null && c.IsOfficial == official)
            .After(from, newestFirst: true).Take(take).ToListAsync();
    }

    private IQueryable<Comment> Visible(string contentItemId, string? userId)
        => session.Set<Comment>().AsNoTracking()
            .Where(c => c.ContentItemId == contentItemId && (c.Status == CommentStatus.Published || (userId != null && c.AuthorId == userId)));
}
