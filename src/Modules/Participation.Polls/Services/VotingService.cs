using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Participation.Data;
using Participation.Localization;
using Participation.Polls.Domain;
using Participation.Polls.Models;

namespace Participation.Polls.Services;

public enum VoteOutcome { Accepted, Changed, Refused, NotRecorded }

/// <summary>What became of a vote; <see cref="Counts"/> are the poll's counts just after a new ballot's commit (null otherwise: read them).</summary>
public sealed record VoteResult(VoteOutcome Outcome, BallotProblem? Problem = null, IReadOnlyDictionary<string, long>? Counts = null);

/// <summary>
/// Casts ballots. A new ballot goes through the group commit (<see cref="BallotWriter"/>): its
/// row, its choices and the counters in one transaction shared with the ballots cast at the same
/// moment, and the answer comes after the commit. The unique (poll, user) key refuses a second
/// ballot however many tabs race, so the counts equal the ballots. A database that fails is
/// never taken for a second ballot: the person is told their vote was not recorded. Changing a
/// vote, where the poll allows it, stays on its own transaction. Both evict what the person's
/// pages keep of it (<see cref="OwnBallots"/>, the poll's counts in <see cref="PollResults"/>) once they commit.
/// </summary>
public sealed class VotingService(IDataSession session, IGroupCommit<BallotWrite, BallotResult> ballots, OwnBallots own, PollResults results, IDateDisplay dates, PollMetrics metrics, TimeProvider clock, ILogger<VotingService> logger)
{
    public async Task<VoteResult> CastAsync(VotingPoll poll, string userId, IReadOnlyList<string> optionIds, bool identityVerified)
    {
        var part = poll.Part;
        var now = clock.GetUtcNow().UtcDateTime;
        if (BallotRules.Check(part, poll.Stage, optionIds, now, identityVerified) is { } problem) return new(VoteOutcome.Refused, problem);
        try
        {
            if (part.AllowVoteChange && await FindAsync(poll.ContentItemId, userId) is { } existing) return await ChangeAsync(existing, optionIds, now);
            var written = await ballots.WriteAsync(new BallotWrite(poll.ContentItemId, userId, optionIds, now, Day(now)));
            if (written.Outcome == BallotOutcome.Counted)
            {
                metrics.VoteAccepted();
                return new(VoteOutcome.Accepted, Counts: written.Counts);
            }
            // Another tab of theirs was first: a change where the poll allows one, a refusal otherwise.
            if (part.AllowVoteChange && await FindAsync(poll.ContentItemId, userId) is { } first) return await ChangeAsync(first, optionIds, now);
            logger.LogInformation("A second ballot by {UserId} in poll {PollId} was refused", userId, poll.ContentItemId);
            return new(VoteOutcome.Refused, new("You have already voted in this poll."));
        }
        catch (Exception ex) when (ex is WriteNotCommittedException or DbException or DbUpdateException)
        {
            logger.LogWarning(ex, "The ballot of {UserId} in poll {PollId} was not recorded", userId, poll.ContentItemId);
            return new(VoteOutcome.NotRecorded, new("We could not record your vote. Please try again."));
        }
    }

    private Task<PollBallot?> FindAsync(string pollId, string userId)
        => session.Set<PollBallot>().Include(b => b.Choices).FirstOrDefaultAsync(b => b.PollId == pollId && b.UserId == userId);

    private async Task<VoteResult> ChangeAsync(PollBallot ballot, IReadOnlyList<string> optionIds, DateTime now)
    {
        var before = ballot.Choices.Select(c => c.OptionId).ToHashSet();
        var removed = before.Except(optionIds).ToList();
        var added = optionIds.Except(before).ToList();
        if (removed.Count == 0 && added.Count == 0) return new(VoteOutcome.Changed);
        await using var transaction = await session.Database.BeginTransactionAsync();
        session.Set<PollBallotChoice>().RemoveRange(ballot.Choices.Where(c => removed.Contains(c.OptionId)));
        foreach (var id in added) ballot.Choices.Add(new PollBallotChoice { OptionId = id });
        ballot.ChangedUtc = now;
        await session.SaveChangesAsync();
        // The ballot keeps the day it was first cast, so the daily figures still add up.
        var day = Day(ballot.CreatedUtc);
        await PollCounters.AddAsync(session, [.. PollCounters.For(ballot.PollId, day, removed, -1), .. PollCounters.For(ballot.PollId, day, added, +1)]);
        // Evicted again when the transaction ends: the person's next page shows the new choice, counted.
        own.Forget(ballot.UserId);
        results.Forget(ballot.PollId);
        await transaction.CommitAsync();
        return new(VoteOutcome.Changed);
    }

    private string Day(DateTime utc) => dates.ToLocal(utc).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
