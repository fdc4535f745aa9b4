namespace Participation.Polls.Models;

/// <summary>One person's ballot in one poll: the unique (poll, user) key makes "one vote per person" the database's rule.</summary>
public sealed class PollBallot
{
    public long Id { get; set; }
    public string PollId { get; set; } = "";
    public string UserId { get; set; } = "";
    public DateTime CreatedUtc { get; set; }
    public DateTime? ChangedUtc { get; set; }
    public List<PollBallotChoice> Choices { get; set; } = [];
}

public sealed class PollBallotChoice
{
    public long Id { get; set; }
    public long BallotId { get; set; }
    public string OptionId { get; set; } = "";
}

/// <summary>
/// A maintained counter: per option (and <see cref="Voters"/> for the number of ballots),
/// overall (<see cref="AllDays"/>) and per day in Riyadh. Votes add to it in their own
/// transaction; results read it instead of counting ballots.
/// </summary>
public sealed class PollCount
{
    public const string Voters = "*";
    public const string AllDays = "all";

    public string PollId { get; set; } = "";
    public string Day { get; set; } = AllDays;
    public string OptionId { get; set; } = "";
    public long Count { get; set; }
}
