using System.Collections.Frozen;
using Microsoft.EntityFrameworkCore;
using Participation.Caching;
using Participation.Data;
using Participation.Workflows.Models;

namespace Participation.Workflows.Services;

/// <summary>
/// The items a person follows, kept in the data cache per person (one read by the unique key's
/// index, then none for a minute), so the follow button on a page shared by signed-in people costs
/// no query; <see cref="Controllers.FollowController"/> evicts the person's set after each change.
/// </summary>
public sealed class FollowedItems(IDataCache cache, IDataSession session)
{
    private static string Key(string userId) => "follows:" + userId;

    public async Task<bool> FollowsAsync(string userId, string contentItemId)
        => (await cache.GetOrReadAsync(Key(userId), async () => (await session.Set<ContentSubscription>().AsNoTracking()
            .Where(s => s.UserId == userId).Select(s => s.ContentItemId).ToListAsync()).ToFrozenSet(StringComparer.Ordinal))).Contains(contentItemId);

    /// <summary>After the person's subscriptions changed and were saved.</summary>
    public void Forget(string userId) => cache.Evict(Key(userId));
}
