namespace Participation.Comments;

/// <summary>
/// A comment (or the agency's official reply) as other modules read it: moderation, analysis,
/// reports. Only the comments module writes the table behind it. The text is plain text;
/// pages encode it.
/// </summary>
public sealed record CommentInfo
{
    public long Id { get; init; }
    public string ContentItemId { get; init; } = "";
    /// <summary>A reply's top-level comment (one level of replies).</summary>
    public long? ParentId { get; init; }
    public string? AuthorId { get; init; }
    /// <summary>The name shown; never the email.</summary>
    public string AuthorName { get; init; } = "";
    public string Text { get; init; } = "";
    /// <summary>Before personal data was masked or edited out; moderators only.</summary>
    public string? OriginalText { get; init; }
    public CommentStatus Status { get; init; }
    /// <summary>Why it waits or was hidden: screening flags and reports, as reason keys, comma-separated.</summary>
    public string Flags { get; init; } = "";
    public string? HiddenReason { get; init; }
    public bool IsOfficial { get; init; }
    public int? Rating { get; init; }
    public int ReportCount { get; init; }
    /// <summary>agree, disagree or suggestion, when the item asks for a stance.</summary>
    public string? Stance { get; init; }
    /// <summary>The audience the participant speaks for.</summary>
    public string? Audience { get; init; }
    /// <summary>Editors' classification, comma-separated.</summary>
    public string Tags { get; init; } = "";
    public DateTime CreatedUtc { get; init; }
    public DateTime? ModeratedUtc { get; init; }
    public string? ModeratedBy { get; init; }

    public IEnumerable<string> FlagList => Flags.Split(',', StringSplitOptions.RemoveEmptyEntries);
    public IEnumerable<string> TagList => Tags.Split(',', StringSplitOptions.RemoveEmptyEntries);
}
