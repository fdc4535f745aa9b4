namespace Participation.Comments.Models;

/// <summary>
/// A count kept up to date in the transaction of every comment change, so figures and queue
/// totals are read, not counted: one figure (and key) of one item, or of the whole site under
/// <see cref="Domain.CommentCounting.Site"/>.
/// </summary>
public sealed class CommentCount
{
    public string ContentItemId { get; set; } = "";
    public string Figure { get; set; } = "";
    public string Key { get; set; } = "";
    public long Count { get; set; }
}
