using Participation.ContentManagement;

namespace Participation.Polls.Models;

/// <summary>Who may vote: any signed-in citizen, or only those whose identity a national login verified.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(System.Text.Json.Serialization.JsonStringEnumConverter<PollEligibility>))]
public enum PollEligibility { SignedIn, VerifiedIdentity }

/// <summary>
/// A poll (تصويت): the question is the item's title; the objective is for staff; options with
/// Arabic and English text; single or multiple choice; the display period; who may vote.
/// </summary>
public sealed class PollPart : ContentPart
{
    /// <summary>Why the department asks: shown to staff only.</summary>
    public string Objective { get; set; } = "";
    public List<PollOption> Options { get; set; } = [];
    public bool MultipleChoice { get; set; }
    /// <summary>With multiple choice: at most this many options per ballot.</summary>
    public int MaxChoices { get; set; } = 1;
    public DateTime? StartsUtc { get; set; }
    /// <summary>When voting ends; the shipped workflow archives the poll then.</summary>
    public DateTime? EndsUtc { get; set; }
    public PollEligibility Eligibility { get; set; } = PollEligibility.SignedIn;
    public bool ResultsBeforeVoting { get; set; } = true;
    public bool AllowVoteChange { get; set; }
    public string Department { get; set; } = "";

    public int AllowedChoices => MultipleChoice ? Math.Clamp(MaxChoices, 1, Math.Max(1, Options.Count)) : 1;
}

public sealed class PollOption
{
    /// <summary>Stable across edits: ballots and counters refer to it.</summary>
    public string Id { get; set; } = "";
    public string TextAr { get; set; } = "";
    public string TextEn { get; set; } = "";
    /// <summary>An optional picture (https or a site path).</summary>
    public string? ImageUrl { get; set; }

    public string Text(string culture) => culture.StartsWith("en", StringComparison.OrdinalIgnoreCase) && TextEn.Length > 0 ? TextEn : TextAr;
}
