using Microsoft.EntityFrameworkCore;
using Participation.Data;
using Participation.Polls.Domain;
using Participation.Polls.Models;

namespace Participation.Polls.Services;

public sealed record OptionResult(string Id, string Text, string? ImageUrl, long Count, double Percent);

public sealed record PollResultsView(long Voters, IReadOnlyList<OptionResult> Options);

/// <summary>Results from the maintained counters: one small query, whatever the number of ballots.</summary>
public sealed class PollResults(IDataSession session)
{
    /// <summary>
    /// How often an open poll's page asks for its counts, and so how long the cached results (and a
    /// cached page showing them) may lag: however many watch, one reading per interval.
    /// </summary>
    public static readonly TimeSpan RefreshInterval = TimeSpan.FromSeconds(5);

    public async Task<PollResultsView> ReadAsync(string pollId, PollPart part, string culture)
        => Build(await session.Set<PollCount>().AsNoTracking().Where(c => c.PollId == pollId && c.Day == PollCount.AllDays).ToDictionaryAsync(c => c.OptionId, c => c.Count), part, culture);

    /// <summary>The results of several polls (a list) in one query, keyed by poll id.</summary>
    public async Task<Dictionary<string, PollResultsView>> ReadAsync(IReadOnlyList<(string PollId, PollPart Part)> polls, string culture)
    {
        var ids = polls.Select(p => p.PollId).ToList();
        var counts = (await session.Set<PollCount>().AsNoTracking().Where(c => ids.Contains(c.PollId) && c.Day == PollCount.AllDays).ToListAsync()).ToLookup(c => c.PollId);
        return polls.ToDictionary(p => p.PollId, p => Build(counts[p.PollId].ToDictionary(c => c.OptionId, c => c.Count), p.Part, culture));
    }

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
