using Microsoft.EntityFrameworkCore;
using Participation.Data;
using Participation.Polls.Models;

namespace Participation.Polls.Services;

/// <summary>Which counter, by how much: one option (or the voters) of a poll on one day (or all days).</summary>
public readonly record struct CounterDelta(string PollId, string Day, string OptionId, long Delta);

/// <summary>
/// Adds to the maintained counters with one upsert: a counter row is created by the first
/// ballot that needs it, so concurrent first votes of a day no longer race to insert it.
/// </summary>
public static class PollCounters
{
    /// <summary>What one ballot (or a change of it) adds: each option and, for a new ballot, the voters; on its day and on all days.</summary>
    public static IEnumerable<CounterDelta> For(string pollId, string day, IEnumerable<string> optionIds, long delta)
        => from d in new[] { day, PollCount.AllDays } from o in optionIds select new CounterDelta(pollId, d, o, delta);

    public static async Task AddAsync(IDataSession session, IEnumerable<CounterDelta> deltas)
    {
        // Summed per counter (an upsert may touch a row once) and in key order, so two writers
        // on PostgreSQL lock counter rows in the same order and never deadlock.
        var sums = deltas.GroupBy(d => (d.PollId, d.Day, d.OptionId)).Select(g => new CounterDelta(g.Key.PollId, g.Key.Day, g.Key.OptionId, g.Sum(d => d.Delta)))
            .Where(d => d.Delta != 0).OrderBy(d => d.PollId, StringComparer.Ordinal).ThenBy(d => d.Day, StringComparer.Ordinal).ThenBy(d => d.OptionId, StringComparer.Ordinal).ToList();
        foreach (var chunk in sums.Chunk(200))
        {
            var (rows, values) = SqlValueRows.Of(chunk, d => [d.PollId, d.Day, d.OptionId, d.Delta]);
            var upsert = "INSERT INTO \"PollCounts\" (\"PollId\", \"Day\", \"OptionId\", \"Count\") VALUES " + rows
                + " ON CONFLICT (\"PollId\", \"Day\", \"OptionId\") DO UPDATE SET \"Count\" = \"PollCounts\".\"Count\" + excluded.\"Count\"";
            await session.Database.ExecuteSqlRawAsync(upsert, values);
        }
    }
}
