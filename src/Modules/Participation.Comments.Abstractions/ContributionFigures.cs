namespace Participation.Comments;

/// <summary>
/// An item's contributions counted in SQL. A contribution is a published top-level comment
/// that is not the agency's own; replies are published replies of participants. Stances and
/// audiences are keyed as stored (null: none given); hours are the UTC hours contributions were
/// written in, so the reader groups them by its own local day.
/// </summary>
public sealed record ContributionFigures(
    int Contributions,
    int Participants,
    int Replies,
    int OfficialReplies,
    int Hidden,
    IReadOnlyList<(string? Key, int Count)> ByStance,
    IReadOnlyList<(string? Key, int Count)> ByAudience,
    IReadOnlyList<(string Key, int Count)> ByTag,
    IReadOnlyList<(DateTime HourUtc, int Count)> ByHour);
