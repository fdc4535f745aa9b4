namespace Participation.Comments;

/// <summary>
/// An item's contributions counted in SQL. A contribution is a published top-level comment
/// that is not the agency's own; replies are published replies of participants.
/// </summary>
public sealed record ContributionFigures(
    int Contributions,
    int Participants,
    int Replies,
    int OfficialReplies,
    int Hidden,
    /// <summary>By stance key; null for contributions without one.</summary>
    IReadOnlyList<(string? Key, int Count)> ByStance,
    IReadOnlyList<(string? Key, int Count)> ByAudience,
    IReadOnlyList<(string Key, int Count)> ByTag,
    /// <summary>By the UTC hour they were written in, so the reader can group them by local day.</summary>
    IReadOnlyList<(DateTime HourUtc, int Count)> ByHour);
