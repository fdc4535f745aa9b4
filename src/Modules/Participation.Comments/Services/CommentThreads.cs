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

public sealed record CommentThread(CommentPage Page, bool FirstPage, int Count, double? AverageRating, int RatingCount, bool SignedIn, bool CanReplyOfficially);

/// <summary>
/// What a reader sees: published comments with their replies, a page at a time — the agency's
/// replies first, then the newest — the same for everyone holding the same roles, and apart
/// (<see cref="OwnAsync"/>, the reader's own block) their own waiting or hidden comments with the
/// reason. Pages are read by keyset (created, id) so a thread of any length costs one page; counts
/// and the average rating are computed by the database.
/// </summary>
public sealed class CommentThreads(IDataSession session, IModerationReasons moderationReasons, UserManager<ParticipationUser> users, Microsoft.AspNetCore.Authorization.IAuthorizationService authorization)
{
    /// <summary>Top-level comments on a page; each comes with all its replies.</summary>
    public const int PageSize = 20;

    /// <summary>Most of a reader's own comments not published on one item that their block shows.</summary>
    public const int OwnShown = 20;

    public async Task<CommentThread> BuildAsync(string contentItemId, ClaimsPrincipal principal, ThreadCursor? after)
    {
        var userId = users.GetUserId(principal);
        var page = await PageAsync(contentItemId, after);
        var published = session.Set<Comment>().Where(c => c.ContentItemId == contentItemId && c.Status == CommentStatus.Published);
        var count = await published.CountAsync(c => c.ParentId == null);
        var rated = published.Where(c => c.Rating != null);
        var ratingCount = await rated.CountAsync();
        double? average = ratingCount == 0 ? null : await rated.AverageAsync(c => (double)c.Rating!.Value);
        return new CommentThread(page, after is null, count, average, ratingCount, userId is not null,
            userId is not null && await Participation.Security.AuthorizationServiceExtensions.AuthorizeAsync(authorization, principal, Permissions.ReplyOfficially));
    }

    /// <summary>The page after the cursor (the first page without one), for the page and for the script that appends it.</summary>
    public async Task<CommentPage> PageAsync(string contentItemId, ThreadCursor? after)
    {
        var top = new List<Comment>();
        // One more than a page tells whether there is a next one, and which comment it starts with.
        foreach (var official in new[] { true, false })
        {
            if (after is { Official: false } && official) continue;
            var from = after is not null && after.Official == official ? after.At : null;
            top.AddRange(await RunAsync(contentItemId, official, from, PageSize + 1 - top.Count));
            if (top.Count > PageSize) break;
        }
        var shown = top.Take(PageSize).ToList();
        var ids = shown.Select(c => c.Id).ToList();
        var replies = ids.Count == 0 ? [] : await Published(contentItemId)
            .Where(c => c.ParentId != null && ids.Contains(c.ParentId.Value))
            .OrderBy(c => c.CreatedUtc).ThenBy(c => c.Id).ToListAsync();
        var views = shown.Select(c => new CommentView(c, replies.Where(r => r.ParentId == c.Id).ToList(), null)).ToList();
        var last = shown.LastOrDefault();
        return top.Count > PageSize && last is not null
            ? new CommentPage(views, new ThreadCursor(last.IsOfficial, new KeysetCursor(last.CreatedUtc, last.Id)), top[PageSize].Id)
            : new CommentPage(views, null, null);
    }

    /// <summary>The agency's top-level replies, or everyone else's, newest first, after a place in that run.</summary>
    private Task<List<Comment>> RunAsync(string contentItemId, bool official, KeysetCursor? from, int take)
    {
        return Published(contentItemId).Where(c => c.ParentId == null && c.IsOfficial == official)
            .After(from, newestFirst: true).Take(take).ToListAsync();
    }

    private IQueryable<Comment> Published(string contentItemId)
        => session.Set<Comment>().AsNoTracking().Where(c => c.ContentItemId == contentItemId && c.Status == CommentStatus.Published);

    /// <summary>
    /// The reader's own comments and replies on the item that others do not see — waiting for review
    /// or hidden, with the reason — newest first: one read by author, for their block on the page.
    /// </summary>
    public async Task<IReadOnlyList<CommentView>> OwnAsync(string contentItemId, string userId)
    {
        var own = await session.Set<Comment>().AsNoTracking()
            .Where(c => c.AuthorId == userId && c.ContentItemId == contentItemId && c.Status != CommentStatus.Published)
            .OrderByDescending(c => c.CreatedUtc).ThenByDescending(c => c.Id).Take(OwnShown).ToListAsync();
        var reasons = own.Any(c => c.HiddenReason is not null) ? (await moderationReasons.ListAsync(activeOnly: false)).ToDictionary(r => r.Key) : [];
        var culture = System.Globalization.CultureInfo.CurrentUICulture.Name;
        return [.. own.Select(c => new CommentView(c, [], c.HiddenReason is { } key && reasons.TryGetValue(key, out var reason) ? reason.Name(culture) : null))];
    }
}
