using System.Collections.Frozen;
using Microsoft.EntityFrameworkCore;
using Participation.Caching;
using Participation.Comments.Models;
using Participation.Data;

namespace Participation.Comments.Services;

/// <summary>
/// The items on which a person has comments others do not see (waiting for review, hidden), kept in
/// the data cache per person (one read by the author's index, then none for a minute): most readers
/// have none on the page they read, and their own block (<see cref="OwnCommentsFragment"/>) then
/// costs no query. Whatever saves a comment's status evicts its author's set: posting, a moderator's
/// decision, reports taking it down, the account's deletion.
/// </summary>
public sealed class OwnCommentItems(IDataCache cache, IDataSession session)
{
    private static string Key(string userId) => "comments-own:" + userId;

    public async Task<bool> AnyOnAsync(string userId, string contentItemId)
        => (await cache.GetOrReadAsync(Key(userId), async () => (await session.Set<Comment>().AsNoTracking()
            .Where(c => c.AuthorId == userId && c.Status != CommentStatus.Published).Select(c => c.ContentItemId).Distinct().ToListAsync())
            .ToFrozenSet(StringComparer.Ordinal))).Contains(contentItemId);

    /// <summary>After a comment of <paramref name="authorId"/> was added or changed status, and saved.</summary>
    public void Forget(string? authorId)
    {
        if (authorId is not null) cache.Evict(Key(authorId));
    }
}
