using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Participation.ContentManagement;
using Participation.Data;
using Participation.Localization;
using Participation.Polls.Domain;
using Participation.Polls.Models;

namespace Participation.Polls.Services;

public enum VoteOutcome { Accepted, Changed, Refused }

public sealed record VoteResult(VoteOutcome Outcome, BallotProblem? Problem = null);

/// <summary>
/// Casts ballots. The ballot row and the counters move together in one transaction; the
/// unique (poll, user) key refuses a second ballot however many tabs race, so the counts equal
/// the ballots. Counters are kept per option, overall and per Riyadh day.
/// </summary>
public sealed class VotingService(IDataSession session, IDateDisplay dates, TimeProvider clock, PollCounterRows counterRows, ILogger<VotingService> logger)
{
    public async Task<VoteResult> CastAsync(ContentItem poll, string userId, IReadOnlyList<string> optionIds, bool identityVerified)
    {
        var part = poll.As<PollPart>();
        var now = clock.GetUtcNow().UtcDateTime;
        if (BallotRules.Check(part, poll.Stage ?? "", optionIds, now, identityVerified) is { } problem) return new(VoteOutcome.Refused, problem);
        // Look for their ballot first: a second vote is an ordinary refusal, not a failed insert
        // that the database and EF would each log as an error. The unique key still settles races.
        if (await session.Set<PollBallot>().Include(b => b.Choices).FirstOrDefaultAsync(b => b.PollId == poll.ContentItemId && b.UserId == userId) is { } existing)
            return part.AllowVoteChange ? await ChangeAsync(existing, optionIds, now, part) : AlreadyVoted(poll.ContentItemId, userId);

        var day = Day(now);
        await counterRows.EnsureAsync(session, poll.ContentItemId, day, part.Options.Select(o => o.Id));
        await using var transaction = await session.Database.BeginTransactionAsync();
        session.Set<PollBallot>().Add(new PollBallot
        {
            PollId = poll.ContentItemId, UserId = userId, CreatedUtc = now,
            Choices = [.. optionIds.Select(id => new PollBallotChoice { OptionId = id })],
        });
        try
        {
            await session.SaveChangesAsync();
        }
        catch (DbUpdateException)
        {
            // The unique key: this person's other tab voted first, between the look-up and the insert.
            await transaction.RollbackAsync();
            return AlreadyVoted(poll.ContentItemId, userId);
        }
        await AddAsync(poll.ContentItemId, [day, PollCount.AllDays], [.. optionIds, PollCount.Voters], +1);
        await transaction.CommitAsync();
        return new(VoteOutcome.Accepted);
    }

    private VoteResult AlreadyVoted(string pollId, string userId)
    {
        logger.LogInformation("A second ballot by {UserId} in poll {PollId} was refused", userId, pollId);
        return new(VoteOutcome.Refused, new("You have already voted in this poll."));
    }

    private async Task<VoteResult> ChangeAsync(PollBallot ballot, IReadOnlyList<string> optionIds, DateTime now, PollPart part)
    {
        var before = ballot.Choices.Select(c => c.OptionId).ToHashSet();
        var removed = before.Except(optionIds).ToList();
        var added = optionIds.Except(before).ToList();
        if (removed.Count == 0 && added.Count == 0) return new(VoteOutcome.Changed);
        var day = Day(ballot.CreatedUtc);
        await counterRows.EnsureAsync(session, ballot.PollId, day, part.Options.Select(o => o.Id));
        await using var transaction = await session.Database.BeginTransactionAsync();
        session.Set<PollBallotChoice>().RemoveRange(ballot.Choices.Where(c => removed.Contains(c.OptionId)));
        foreach (var id in added) ballot.Choices.Add(new PollBallotChoice { OptionId = id });
        ballot.ChangedUtc = now;
        await session.SaveChangesAsync();
        // The ballot keeps the day it was first cast, so the daily figures still add up.
        if (removed.Count > 0) await AddAsync(ballot.PollId, [day, PollCount.AllDays], removed, -1);
        if (added.Count > 0) await AddAsync(ballot.PollId, [day, PollCount.AllDays], added, +1);
        await transaction.CommitAsync();
        return new(VoteOutcome.Changed);
    }

    private Task<int> AddAsync(string pollId, string[] days, List<string> optionIds, int delta)
        => session.Set<PollCount>().Where(c => c.PollId == pollId && days.Contains(c.Day) && optionIds.Contains(c.OptionId))
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.Count, c => c.Count + delta));

    private string Day(DateTime utc) => dates.ToLocal(utc).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
