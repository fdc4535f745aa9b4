using System.Collections.Frozen;
using Microsoft.EntityFrameworkCore;
using Participation.Caching;
using Participation.Data;
using Participation.Polls.Domain;
using Participation.Polls.Models;

namespace Participation.Polls.Services;

public sealed record OptionResult(string Id, string Text, string? ImageUrl, long Count, double Percent);

public sealed record PollResultsView(long Voters, IReadOnlyList<OptionResult> Options)
{
    /// <summary>What the poll page's script reads, from the results endpoint and from a vote's answer.</summary>
    public object ToJson() => new
    {
        voters = Voters,
        options = Options.Select(o => new { id = o.Id, count = o.Count, percent = o.Percent }),
    };
}

/// <summary>
/// Results from the maintained counters, kept in the data cache per poll for at most
/// <see cref="RefreshInterval"/> (the lag counters may have) and evicted by every write of the
/// counters once it commits (<see cref="Forget"/>: a batch of ballots, a vote change), so a voter
/// sees their own ballot counted on their next page. One small query, whatever the number of
/// ballots, for all the polls of a page that are not kept; none when they are.
/// </summary>
public sealed class PollResults(IDataSession session, IDataCache cache)
{
    /// <summary>
    /// How often an open poll's page asks for its counts, and so how long the cached results (and a
    /// cached page showing them) may lag: however many watch, one reading per interval.
    /// </summary>
    public static readonly TimeSpan RefreshInterval = TimeSpan.FromSeconds(5);

    private static readonly IReadOnlyDictionary<string, long> NoCounts = FrozenDictionary<string, long>.Empty;

    private const string KeyPrefix = "polls:counts:";

    private static string Key(string pollId) => KeyPrefix + pollId;

    public async Task<PollResultsView> ReadAsync(string pollId, PollPart part, string culture)
        => (await ReadAsync([(pollId, part)], culture))[pollId];

    /// <summary>The results of several polls (a list), keyed by poll id: those not kept are read in one query.</summary>
    public async Task<Dictionary<string, PollResultsView>> ReadAsync(IReadOnlyList<(string PollId, PollPart Part)> polls, string culture)
    {
        // A poll with no ballots has no counter rows: kept as absent, shown as no counts.
        var counts = await cache.GetOrReadManyAsync<IReadOnlyDictionary<string, long>>([.. polls.Select(p => Key(p.PollId))],
            async keys => await CountsAsync([.. keys.Select(k => k[KeyPrefix.Length..])]), RefreshInterval);
        var views = new Dictionary<string, PollResultsView>(polls.Count);
        for (var i = 0; i < polls.Count; i++) views[polls[i].PollId] = Build(counts[i] ?? NoCounts, polls[i].Part, culture);
        return views;
    }

    /// <summary>In the transaction that moved the poll's counters (evicted again when it ends), or after it.</summary>
    public void Forget(string pollId) => cache.Evict(Key(pollId));

    /// <summary>The counts of the polls by cache key, those with no ballots absent.</summary>
    private async Task<IReadOnlyDictionary<string, IReadOnlyDictionary<string, long>>> CountsAsync(List<string> ids)
        => (await session.Set<PollCount>().AsNoTracking().Where(c => ids.Contains(c.PollId) && c.Day == PollCount.AllDays).ToListAsync())
            .GroupBy(c => c.PollId).ToDictionary(g => Key(g.Key), g => (IReadOnlyDictionary<string, long>)g.ToFrozenDictionary(c => c.OptionId, c => c.Count, StringComparer.Ordinal));

    /// <summary>The results from counts already read (option id, or <see cref="PollCount.Voters"/>, to count).</summary>
    public static PollResultsView Build(IReadOnlyDictionary<string, long> counts, PollPart part, string culture)
    {
        var voters = counts.GetValueOrDefault(PollCount.Voters);
        return new(voters, [.. part.Options.Select(o => new OptionResult(o.Id, o.Text(culture), o.ImageUrl, counts.GetValueOrDefault(o.Id), BallotRules.Percent(counts.GetValueOrDefault(o.Id), voters)))]);
    }

    /// <summary>Ballots by day and option, for the exports: never who voted.</summary>
    public async Task<List<PollCount>> ByDayAsync(string pollId)
        => await session.Set<PollCount>().AsNoTracking().Where(c => c.PollId == pollId && c.Day != PollCount.AllDays).OrderBy(c => c.Day).ToListAsync();
}
