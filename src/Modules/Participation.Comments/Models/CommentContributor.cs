namespace Participation.Comments.Models;

/// <summary>How many contributions one person has on one item: the distinct participants are the rows above zero.</summary>
public sealed class CommentContributor
{
    public string ContentItemId { get; set; } = "";
    public string AuthorId { get; set; } = "";
    public long Contributions { get; set; }
}
