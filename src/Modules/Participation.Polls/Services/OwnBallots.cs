using System.Collections.Frozen;
using System.Collections.Immutable;
using Microsoft.EntityFrameworkCore;
using Participation.Caching;
using Participation.Data;
using Participation.Polls.Models;

namespace Participation.Polls.Services;

/// <summary>
/// The polls a person voted in and the options they chose, kept in the data cache per person (one
/// read by the ballots' voter index, then none for a minute), so their block of a poll — on its
/// page, in the archive, placed on another item — costs no query. Every write of their ballots
/// evicts their set once it commits: the group commit's batch for each voter in it
/// (<see cref="BallotWriter"/>) and a vote change (<see cref="VotingService"/>), so "you voted" and
/// their choice show on their very next page.
/// </summary>
public sealed class OwnBallots(IDataCache cache, IDataSession session)
{
    private static string Key(string userId) => "polls-ballots:" + userId;

    /// <summary>Poll id → the options chosen, for every poll the person voted in.</summary>
    public Task<FrozenDictionary<string, ImmutableArray<string>>> AllAsync(string userId) => cache.GetOrReadAsync(Key(userId), async () =>
        (await session.Set<PollBallot>().AsNoTracking().Where(b => b.UserId == userId)
            .Join(session.Set<PollBallotChoice>(), b => b.Id, c => c.BallotId, (b, c) => new { b.PollId, c.OptionId })
            .ToListAsync())
        .GroupBy(c => c.PollId)
        .ToFrozenDictionary(g => g.Key, g => g.Select(c => c.OptionId).ToImmutableArray(), StringComparer.Ordinal));

    /// <summary>In the transaction that writes the person's ballots (evicted again when it ends), or after it.</summary>
    public void Forget(string userId) => cache.Evict(Key(userId));
}
