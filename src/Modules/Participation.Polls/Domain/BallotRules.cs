using Participation.Localization;
using Participation.Polls.Models;

namespace Participation.Polls.Domain;

/// <summary>Why a ballot is refused, as a localisable text with its arguments; null when it may be cast.</summary>
public sealed record BallotProblem(string Message, params object[] Arguments);

/// <summary>
/// The rules a ballot must meet, without a web server: the poll open and within its period,
/// options that belong to this poll, none twice, at least one, no more than allowed, a voter
/// the poll accepts.
/// </summary>
public static class BallotRules
{
    public static BallotProblem? Check(PollPart poll, string stage, IReadOnlyList<string> optionIds, DateTime nowUtc, bool identityVerified)
    {
        if (CanVote(poll, stage, nowUtc, identityVerified) is { } problem) return problem;
        if (optionIds.Count == 0) return new("Choose an option.");
        if (optionIds.Distinct().Count() != optionIds.Count) return new("Each option can be chosen once.");
        if (optionIds.Any(id => poll.Options.All(o => o.Id != id))) return new("That option is not part of this poll.");
        if (optionIds.Count > poll.AllowedChoices)
            return poll.AllowedChoices == 1 ? new("Choose one option only.") : new("Choose at most 1 option.", new PluralArgument(poll.AllowedChoices, "Choose at most {0} options.", []));
        return null;
    }

    /// <summary>Why this voter cannot vote in the poll at all, whatever they choose: the page shows it instead of the ballot.</summary>
    public static BallotProblem? CanVote(PollPart poll, string stage, DateTime nowUtc, bool identityVerified)
    {
        if (stage == PollLifecycle.Archived || (poll.EndsUtc is { } ends && nowUtc >= ends)) return new("Voting in this poll has ended.");
        if (stage != PollLifecycle.Open || (poll.StartsUtc is { } starts && nowUtc < starts)) return new("This poll is not open for voting.");
        if (poll.Eligibility == PollEligibility.VerifiedIdentity && !identityVerified)
            return new("This poll is open to verified identities only: sign in with the national login to vote.");
        return null;
    }

    /// <summary>Counts as percentages of the voters, one decimal (multiple choice can sum past 100).</summary>
    public static double Percent(long count, long voters) => voters == 0 ? 0 : Math.Round(100.0 * count / voters, 1);
}
