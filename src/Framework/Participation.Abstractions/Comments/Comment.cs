namespace Participation.Comments;

public enum CommentStatus { Pending, Published, Hidden }

/// <summary>
/// A participant's comment (or the agency's official reply) on a content item. One level of
/// replies: a reply's <see cref="ParentId"/> is a top-level comment. The text is plain text;
/// pages encode it.
/// </summary>
public sealed class Comment
{
    public long Id { get; set; }
    public string ContentItemId { get; set; } = "";
    public long? ParentId { get; set; }
    public string? AuthorId { get; set; }
    /// <summary>The name shown; never the email.</summary>
    public string AuthorName { get; set; } = "";
    public string Text { get; set; } = "";
    /// <summary>Before personal data was masked or edited out; moderators only.</summary>
    public string? OriginalText { get; set; }
    public CommentStatus Status { get; set; }
    /// <summary>Why it waits or was hidden: screening flags and reports, as reason keys.</summary>
    public string Flags { get; set; } = "";
    public string? HiddenReason { get; set; }
    public bool IsOfficial { get; set; }
    public int? Rating { get; set; }
    public int ReportCount { get; set; }
    /// <summary>agree, disagree or suggestion, when the item asks for a stance.</summary>
    public string? Stance { get; set; }
    /// <summary>The audience the participant speaks for (community, entities, experts, academia).</summary>
    public string? Audience { get; set; }
    /// <summary>Editors' classification, comma-separated.</summary>
    public string Tags { get; set; } = "";
    public DateTime CreatedUtc { get; set; }
    public DateTime? ModeratedUtc { get; set; }
    public string? ModeratedBy { get; set; }

    public IEnumerable<string> FlagList => Flags.Split(',', StringSplitOptions.RemoveEmptyEntries);
}

/// <summary>A participant reporting a published comment, with a reason.</summary>
public sealed class CommentReport
{
    public long Id { get; set; }
    public long CommentId { get; set; }
    public string UserId { get; set; } = "";
    public string Reason { get; set; } = "";
    public DateTime CreatedUtc { get; set; }
}

/// <summary>Comments on an item: whether they are open, with ratings, and how they are moderated.</summary>
public sealed class CommentsPart : Participation.ContentManagement.ContentPart
{
    public bool Enabled { get; set; }
    public bool AllowRatings { get; set; }
    /// <summary>Null: the site's choice for the content type.</summary>
    public Participation.Moderation.ModerationMode? Mode { get; set; }
    /// <summary>Ask each contributor whether they agree, disagree or suggest (consultations).</summary>
    public bool AskStance { get; set; }
    /// <summary>One contribution per person (replies aside), as the terms ask.</summary>
    public bool OnePerPerson { get; set; }
}

public static class CommentLimits
{
    public const int MaxLength = 2000;
    public static readonly string[] Stances = ["agree", "disagree", "suggestion"];
}
