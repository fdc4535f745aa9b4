using Microsoft.EntityFrameworkCore;
using Participation.Data;
using Participation.Polls.Models;

namespace Participation.Polls.Services;

/// <summary>A new ballot to write: checked against the poll's rules already; <see cref="Day"/> is its Riyadh day.</summary>
public sealed record BallotWrite(string PollId, string UserId, IReadOnlyList<string> OptionIds, DateTime CreatedUtc, string Day);

public enum BallotOutcome { Counted, CastBefore }

/// <summary>
/// What became of a ballot and, when it was counted, its poll's counts on all days (option id, or
/// <see cref="PollCount.Voters"/>, to count) as its batch left them, the ballot included: what
/// the voter is shown at once, read once per batch instead of once per vote.
/// </summary>
public sealed record BallotResult(BallotOutcome Outcome, IReadOnlyDictionary<string, long>? Counts = null);

/// <summary>
/// Writes a batch of new ballots in the group commit's transaction: the ballots in multi-row
/// inserts that skip a (poll, person) already in the table, the choices of those inserted, and
/// the counters by what was inserted. A person's second ballot — another tab, in this batch or
/// an earlier one — is <see cref="BallotOutcome.CastBefore"/> and changes nothing. The counted
/// ones carry their polls' counts, read in the same transaction after the counters moved. The
/// voters' kept ballots and the counts of the polls written are evicted in the transaction, and so
/// again when it commits, before any voter is answered.
/// </summary>
public sealed class BallotWriter(OwnBallots ballots, PollResults results) : IBatchWriter<BallotWrite, BallotResult>
{
    private const int RowsPerStatement = 200;

    public async Task<IReadOnlyList<BallotResult>> WriteAsync(IDataSession session, IReadOnlyList<BallotWrite> writes)
    {
        // Within the batch the first tab of a person is the one tried; the database's unique key
        // (ON CONFLICT DO NOTHING) settles it against ballots already written.
        var firsts = writes.DistinctBy(w => (w.PollId, w.UserId)).ToList();
        var inserted = new Dictionary<(string PollId, string UserId), long>();
        foreach (var chunk in firsts.Chunk(RowsPerStatement))
        {
            var (rows, values) = SqlValueRows.Of(chunk, w => [w.PollId, w.UserId, w.CreatedUtc]);
            var insert = "INSERT INTO \"PollBallots\" (\"PollId\", \"UserId\", \"CreatedUtc\") VALUES " + rows
                + " ON CONFLICT (\"PollId\", \"UserId\") DO NOTHING RETURNING \"Id\", \"PollId\", \"UserId\"";
            foreach (var row in await session.Database.SqlQueryRaw<InsertedBallot>(insert, values).ToListAsync())
                inserted[(row.PollId, row.UserId)] = row.Id;
        }

        var counted = firsts.Where(w => inserted.ContainsKey((w.PollId, w.UserId))).ToList();
        var choices = counted.SelectMany(w => w.OptionIds.Select(o => (BallotId: inserted[(w.PollId, w.UserId)], OptionId: o))).ToList();
        foreach (var chunk in choices.Chunk(RowsPerStatement))
        {
            var (rows, values) = SqlValueRows.Of(chunk, c => [c.BallotId, c.OptionId]);
            var insert = "INSERT INTO \"PollBallotChoices\" (\"BallotId\", \"OptionId\") VALUES " + rows;
            await session.Database.ExecuteSqlRawAsync(insert, values);
        }
        await PollCounters.AddAsync(session, counted.SelectMany(w => PollCounters.For(w.PollId, w.Day, [.. w.OptionIds, PollCount.Voters], +1)));

        var polls = counted.Select(w => w.PollId).Distinct().ToList();
        foreach (var pollId in polls) results.Forget(pollId);
        foreach (var userId in counted.Select(w => w.UserId).Distinct()) ballots.Forget(userId);
        var counts = polls.Count == 0 ? [] : (await session.Set<PollCount>().AsNoTracking().Where(c => polls.Contains(c.PollId) && c.Day == PollCount.AllDays).ToListAsync())
            .GroupBy(c => c.PollId).ToDictionary(g => g.Key, g => (IReadOnlyDictionary<string, long>)g.ToDictionary(c => c.OptionId, c => c.Count));

        var countedWrites = counted.ToHashSet(ReferenceEqualityComparer.Instance);
        return [.. writes.Select(w => countedWrites.Contains(w) ? new BallotResult(BallotOutcome.Counted, counts[w.PollId]) : new BallotResult(BallotOutcome.CastBefore))];
    }

    private sealed class InsertedBallot
    {
        public long Id { get; set; }
        public string PollId { get; set; } = "";
        public string UserId { get; set; } = "";
    }
}
