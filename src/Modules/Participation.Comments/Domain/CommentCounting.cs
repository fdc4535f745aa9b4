using Participation.Comments.Models;

namespace Participation.Comments.Domain;

/// <summary>Which count, by how much.</summary>
public readonly record struct CommentCountDelta(string ContentItemId, string Figure, string Key, long Delta);

/// <summary>
/// What a comment adds to the maintained counts (<see cref="CommentCount"/>): a change is the
/// comment as it is now counted in and the comment as it was counted out. The same rules say
/// which <see cref="CommentQuery"/> a count answers, so a total is never counted one way and
/// read another.
/// </summary>
public static class CommentCounting
{
    /// <summary>The item id the site-wide counts are kept under.</summary>
    public const string Site = "";

    public const string Status = "status";
    public const string Queue = "queue";
    public const string Contributions = "contributions";
    public const string Participants = "participants";
    public const string Replies = "replies";
    public const string Official = "official";
    public const string Stance = "stance";
    public const string Audience = "audience";
    public const string Tag = "tag";
    public const string Hour = "hour";
    public const string Flagged = "Flagged";
    public const string Reported = "Reported";

    /// <summary>The UTC hour a contribution is counted in, as the backfill's SQL writes it too.</summary>
    public const string HourFormat = "yyyy-MM-dd HH";

    /// <summary>A contribution: a published top-level comment that is not the agency's own.</summary>
    public static bool IsContribution(Comment c) => c.ParentId == null && !c.IsOfficial && c.Status == CommentStatus.Published;

    /// <summary>The counts the comment is in, each by <paramref name="sign"/> (1 in, -1 out).</summary>
    public static IEnumerable<CommentCountDelta> Of(Comment c, long sign)
    {
        foreach (var scope in new[] { c.ContentItemId, Site })
        {
            yield return new(scope, Status, c.Status.ToString(), sign);
            // The queue's tabs leave out what is already hidden (ModerationQueue's tabs).
            if (c.Status != CommentStatus.Hidden && c.Flags != "") yield return new(scope, Queue, Flagged, sign);
            if (c.Status != CommentStatus.Hidden && c.ReportCount > 0) yield return new(scope, Queue, Reported, sign);
        }
        if (c.IsOfficial) yield return new(c.ContentItemId, Official, "", sign);
        if (c.ParentId != null && !c.IsOfficial && c.Status == CommentStatus.Published) yield return new(c.ContentItemId, Replies, "", sign);
        if (!IsContribution(c)) yield break;
        yield return new(c.ContentItemId, Contributions, "", sign);
        yield return new(c.ContentItemId, Stance, c.Stance ?? "", sign);
        yield return new(c.ContentItemId, Audience, c.Audience ?? "", sign);
        yield return new(c.ContentItemId, Hour, c.CreatedUtc.ToString(HourFormat, System.Globalization.CultureInfo.InvariantCulture), sign);
        foreach (var tag in c.Tags.Split(',', StringSplitOptions.RemoveEmptyEntries).Distinct()) yield return new(c.ContentItemId, Tag, tag, sign);
    }

    /// <summary>
    /// The count that answers the query, when one does: a status, a queue tab or an item's
    /// contributions (by stance or tag), of one item or the whole site, with no other filter.
    /// </summary>
    public static (string ContentItemId, string Figure, string Key)? CountFor(CommentQuery query)
    {
        var scope = query.ContentItemId is { Length: > 0 } item ? item : Site;
        var rest = query with { ContentItemId = null };
        if (rest.Status is { } status && rest with { Status = null } == new CommentQuery()) return (scope, Status, status.ToString());
        if (rest == new CommentQuery { Flagged = true, NotStatus = CommentStatus.Hidden }) return (scope, Queue, Flagged);
        if (rest == new CommentQuery { Reported = true, NotStatus = CommentStatus.Hidden }) return (scope, Queue, Reported);
        if (scope == Site || rest with { Stance = null, Tag = null } != new CommentQuery { TopLevel = true, Official = false, Status = CommentStatus.Published }) return null;
        return (rest.Stance, rest.Tag) switch
        {
            (null or "", null or "") => (scope, Contributions, ""),
            ({ Length: > 0 } stance, null or "") => (scope, Stance, stance == "none" ? "" : stance),
            (null or "", { Length: > 0 } tag) => (scope, Tag, tag),
            _ => null,
        };
    }
}
