namespace Participation.Comments.Models;

/// <summary>
/// A participant's comment (or the agency's official reply) on a content item: the table row,
/// written by this module only; other modules read it as <see cref="CommentInfo"/>.
/// </summary>
public sealed class Comment
{
    public long Id { get; set; }
    public string ContentItemId { get; set; } = "";
    public long? ParentId { get; set; }
    public string? AuthorId { get; set; }
    public string AuthorName { get; set; } = "";
    public string Text { get; set; } = "";
    public string? OriginalText { get; set; }
    public CommentStatus Status { get; set; }
    public string Flags { get; set; } = "";
    public string? HiddenReason { get; set; }
    public bool IsOfficial { get; set; }
    public int? Rating { get; set; }
    public int ReportCount { get; set; }
    public string? Stance { get; set; }
    public string? Audience { get; set; }
    public string Tags { get; set; } = "";
    public DateTime CreatedUtc { get; set; }
    public DateTime? ModeratedUtc { get; set; }
    public string? ModeratedBy { get; set; }

    public IEnumerable<string> FlagList => Flags.Split(',', StringSplitOptions.RemoveEmptyEntries);
}
