namespace Participation.Ideas.Models;

/// <summary>
/// Where an idea is: screened before anyone sees it, then published, then studied and decided.
/// Stored as text in <see cref="IdeaIndex.Status"/>.
/// </summary>
public static class IdeaStatus
{
    public const string Pending = "Pending", Refused = "Refused", Published = "Published", UnderStudy = "UnderStudy",
        Accepted = "Accepted", Rejected = "Rejected", Implemented = "Implemented", Withdrawn = "Withdrawn", Merged = "Merged";

    /// <summary>The statuses the public sees in a topic's list.</summary>
    public static readonly IReadOnlyList<string> Listed = [Published, UnderStudy, Accepted, Rejected, Implemented];

    /// <summary>The statuses an idea can be supported in (while the topic takes supports).</summary>
    public static readonly IReadOnlyList<string> Supportable = [Published, UnderStudy];

    /// <summary>The statuses whose supports stay with the idea: all but merged, whose supports moved.</summary>
    public static readonly IReadOnlyList<string> HoldingSupports = [Pending, .. Listed, Withdrawn];
}
