using Participation.Polls.Models;
using Participation.Polls.Services;

namespace Participation.Polls.ViewModels;

/// <summary>A poll as one visitor sees it: the question, the ballot if they may vote, the results if they may see them.</summary>
public sealed class PollViewModel
{
    public required string ContentItemId { get; init; }
    public required string Question { get; init; }
    public string? Path { get; init; }
    public required string Stage { get; init; }
    public required PollPart Part { get; init; }
    public required PollResultsView? Results { get; init; }
    public required IReadOnlyList<string> MyChoices { get; init; }
    public required bool SignedIn { get; init; }
    /// <summary>Null when the visitor may vote now; otherwise why not (a localisable text).</summary>
    public string? CannotVote { get; init; }
    /// <summary>Its end has passed (an end shown reads "ended"): a fact of the poll, not the clock, so readers in one state share one rendering.</summary>
    public bool Ended { get; init; }
    public string Department { get; init; } = "";
    /// <summary>Where the vote form returns to: the poll's page, or the page it is placed on.</summary>
    public required string ReturnUrl { get; init; }
    public bool IsWidget { get; init; }
    public bool HasVoted => MyChoices.Count > 0;
    /// <summary>Shown counts that still move: the page asks for them every <see cref="Services.PollResults.RefreshInterval"/>.</summary>
    public bool LiveResults => Results is not null && Stage == PollLifecycle.Open;
}

public sealed class PollPartEditViewModel
{
    public string? Objective { get; set; }
    public List<PollOption> Options { get; set; } = [];
    public bool MultipleChoice { get; set; }
    public int MaxChoices { get; set; } = 1;
    public DateTime? Starts { get; set; }
    public DateTime? Ends { get; set; }
    public PollEligibility Eligibility { get; set; }
    public bool ResultsBeforeVoting { get; set; } = true;
    public bool AllowVoteChange { get; set; }
    public string? Department { get; set; }
    public IReadOnlyList<(string Key, string Name)> DepartmentOptions { get; set; } = [];
    public bool HasBallots { get; set; }
}

public sealed class PollWidgetEditViewModel
{
    public string? PollContentItemId { get; set; }
    public IReadOnlyList<(string Id, string Title)> Polls { get; set; } = [];
}

/// <summary>A page of the open polls or the archive: the same for every reader, each poll's own block a slot (<see cref="BallotFragment"/>).</summary>
public sealed class PollListViewModel
{
    public required IReadOnlyList<VotingPoll> Polls { get; init; }
    public required bool Archive { get; init; }
    /// <summary>The cursor of the next page, null on the last.</summary>
    public string? Next { get; init; }
}
