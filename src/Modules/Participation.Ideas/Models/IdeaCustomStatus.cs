namespace Participation.Ideas.Models;

/// <summary>
/// A status the admin defines beyond the shipped ones ("waiting for the budget", "partly
/// accepted"), named in both languages. It counts as one of the officers' decisions
/// (<see cref="CountsAs"/>): lists, supports, /results and open data treat the idea as that status.
/// </summary>
public sealed class IdeaCustomStatus
{
    public const int KeyMax = 40;

    public string Key { get; set; } = "";
    public string NameAr { get; set; } = "";
    public string NameEn { get; set; } = "";
    /// <summary>One of <c>IdeaAnswering.Decisions</c>: under study (undecided), or a decision.</summary>
    public string CountsAs { get; set; } = IdeaStatus.UnderStudy;
    public DateTime CreatedUtc { get; set; }

    public string Name(string culture) => culture.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? NameEn : NameAr;
}
