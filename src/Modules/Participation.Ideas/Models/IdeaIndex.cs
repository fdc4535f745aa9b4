namespace Participation.Ideas.Models;

/// <summary>
/// One idea as its topic's list filters and orders it, and its state: the status, the supports
/// counted in the same transaction as each support, the trending key. A row exists from the
/// submission on; the list shows only <see cref="IdeaStatus.Listed"/> ones.
/// </summary>
public sealed class IdeaIndex
{
    public string ContentItemId { get; set; } = "";
    public string TopicId { get; set; } = "";
    public string Status { get; set; } = IdeaStatus.Pending;
    public string Category { get; set; } = "";
    /// <summary>The author's user id (null once the account is deleted): never shown.</summary>
    public string? AuthorId { get; set; }
    public string Title { get; set; } = "";
    public long Supports { get; set; }
    /// <summary>The trending order's key (<see cref="Domain.TrendingScore"/>): higher is hotter, and it needs no update as time passes.</summary>
    public double Heat { get; set; }
    /// <summary>A fixed random number: the random order shuffles by it and the visitor's seed.</summary>
    public int Shuffle { get; set; }
    public DateTime CreatedUtc { get; set; }
    public DateTime? PublishedUtc { get; set; }
    /// <summary>When the threshold was reached: set once, so its workflow event fires once.</summary>
    public DateTime? ThresholdReachedUtc { get; set; }
    /// <summary>The moderation reason key of a refusal.</summary>
    public string? RefusalReason { get; set; }
    /// <summary>What automatic screening found, for moderators.</summary>
    public string? ScreeningFlags { get; set; }
    /// <summary>The idea this one was merged into (status <see cref="IdeaStatus.Merged"/>): its page points there.</summary>
    public string? MergedIntoId { get; set; }
    /// <summary>The admin's own status the idea stands at (<see cref="IdeaCustomStatus.Key"/>); <see cref="Status"/> is what it counts as.</summary>
    public string? CustomStatus { get; set; }
}
