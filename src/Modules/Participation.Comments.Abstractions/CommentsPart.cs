using Participation.ContentManagement;
using Participation.Moderation;

namespace Participation.Comments;

/// <summary>Comments on an item: whether they are open, with ratings, and how they are moderated.</summary>
public sealed class CommentsPart : ContentPart
{
    public bool Enabled { get; set; }
    public bool AllowRatings { get; set; }
    /// <summary>Null: the site's choice for the content type.</summary>
    public ModerationMode? Mode { get; set; }
    /// <summary>Ask each contributor whether they agree, disagree or suggest (consultations).</summary>
    public bool AskStance { get; set; }
    /// <summary>One contribution per person (replies aside), as the terms ask.</summary>
    public bool OnePerPerson { get; set; }
}
