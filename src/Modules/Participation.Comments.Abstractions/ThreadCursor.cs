using Participation.Data;
namespace Participation.Comments;

/// <summary>
/// Where a reader is in a thread shown the agency's replies first, then everyone's, each newest
/// first: which of the two runs, and the last comment shown in it. Written as "o…" or "c…" in
/// the page's <see cref="QueryKey"/> parameter.
/// </summary>
public sealed record ThreadCursor(bool Official, KeysetCursor At)
{
    public const string QueryKey = "commentsAfter";

    public override string ToString() => (Official ? "o" : "c") + At;

    public static ThreadCursor? Parse(string? text)
        => text is { Length: > 1 } && text[0] is 'o' or 'c' && KeysetCursor.Parse(text[1..]) is { } at ? new ThreadCursor(text[0] == 'o', at) : null;

    /// <summary>A link to an item's page showing the batch that starts with this top-level comment (it may be far down a long thread).</summary>
    public static string LinkTo(string pagePath, CommentInfo comment)
        => $"{pagePath}?{QueryKey}={new ThreadCursor(comment.IsOfficial, new KeysetCursor(comment.CreatedUtc, comment.Id + 1))}#comment-{comment.Id}";
}
