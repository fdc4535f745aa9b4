namespace Participation.Comments.Models;

/// <summary>A participant reporting a published comment, with a reason.</summary>
public sealed class CommentReport
{
    public long Id { get; set; }
    public long CommentId { get; set; }
    public string UserId { get; set; } = "";
    public string Reason { get; set; } = "";
    public DateTime CreatedUtc { get; set; }
}
