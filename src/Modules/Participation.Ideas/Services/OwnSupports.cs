using System.Collections.Frozen;
using Microsoft.EntityFrameworkCore;
using Participation.Caching;
using Participation.Data;
using Participation.Ideas.Models;

namespace Participation.Ideas.Services;

/// <summary>
/// The ideas a signed-in person supports in a topic, kept in the data cache per person and topic
/// (one read by the (topic, person) index, then none for a minute) for every block of the page
/// that shows them: each card's support button (<see cref="SupportFragment"/>) and the supports
/// left (<see cref="SupportsLeftFragment"/>), so the shared idea pages send no query for them.
/// It stays exact because every write of a person's supports forgets their set in its own
/// transaction, which <see cref="IDataCache"/> repeats once that transaction ends: the support or
/// withdrawal (<see cref="SupportWriter"/>, in the group commit's transaction, answered only after
/// it commits) and a merge moving an idea's supports (<see cref="IdeaMerging"/>, every supporter's
/// set); nothing else writes supports (a withdrawn idea keeps them, an account's deletion leaves
/// them to no one). A read racing the commit is answered but not kept (the slot's version moved),
/// so the person's next page reads the supports as committed. The eviction is an
/// <c>IMemoryCache.Remove</c>, which with several nodes goes to every node over Redis
/// (<c>ClusterMemoryCache</c>) as the write's answer goes back; should Redis be down, another
/// node keeps its copy a minute at most.
/// </summary>
public sealed class OwnSupports(IDataCache cache, IDataSession session)
{
    private static string Key(string topicId, string userId) => "ideas:supports:" + topicId + ":" + userId;

    public Task<FrozenSet<string>> InTopicAsync(string topicId, string userId)
        => cache.GetOrReadAsync(Key(topicId, userId), async () => (await session.Set<IdeaSupport>().AsNoTracking()
            .Where(s => s.TopicId == topicId && s.UserId == userId).Select(s => s.IdeaId).ToListAsync()).ToFrozenSet(StringComparer.Ordinal));

    /// <summary>After a write of the person's supports in the topic, in its transaction (forgotten again when it ends) or once it is saved.</summary>
    public void Forget(string topicId, string userId) => cache.Evict(Key(topicId, userId));
}
