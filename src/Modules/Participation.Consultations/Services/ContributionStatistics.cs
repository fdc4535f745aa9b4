using Participation.Comments;

namespace Participation.Consultations.Services;

/// <summary>
/// The figures of a consultation's participation: contributions (published, top-level, not
/// the agency's own) by stance, tag, audience and day; replies; official replies.
/// </summary>
public sealed record ContributionStatistics(
    int Contributions,
    int Participants,
    int Replies,
    int OfficialReplies,
    int Hidden,
    IReadOnlyList<(string Key, int Count)> ByStance,
    IReadOnlyList<(string Key, int Count)> ByTag,
    IReadOnlyList<(string Key, int Count)> ByAudience,
    IReadOnlyList<(DateOnly Day, int Count)> ByDay)
{
    /// <summary>The figures the database counted, with every stance shown (zero too) and days in the site's time zone.</summary>
    public static ContributionStatistics From(ContributionFigures figures, Func<DateTime, DateOnly> toLocalDay)
    {
        var byStance = figures.ByStance.ToDictionary(x => x.Key ?? "none", x => x.Count);
        return new ContributionStatistics(
            figures.Contributions, figures.Participants, figures.Replies, figures.OfficialReplies, figures.Hidden,
            CommentLimits.Stances.Append("none").Select(s => (s, byStance.GetValueOrDefault(s))).ToList(),
            figures.ByTag,
            figures.ByAudience.Select(x => (Key: x.Key ?? "none", x.Count)).OrderByDescending(x => x.Count).ToList(),
            figures.ByHour.GroupBy(x => toLocalDay(x.HourUtc)).Select(g => (g.Key, g.Sum(x => x.Count))).OrderBy(x => x.Key).ToList());
    }
}
