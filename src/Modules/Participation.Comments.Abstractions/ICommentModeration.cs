namespace Participation.Comments;

/// <summary>The moderators' decisions on comments, carried out by the comments module on its own table.</summary>
public interface ICommentModeration
{
    /// <summary>Publishes or hides the comments (with the policy reason when hiding); returns those changed.</summary>
    Task<IReadOnlyList<CommentInfo>> DecideAsync(IReadOnlyCollection<long> ids, CommentStatus status, string? hiddenReason, string moderator);

    /// <summary>Replaces the text (personal data edited out); returns the text as it was, or null when refused.</summary>
    Task<EditedComment?> EditTextAsync(long id, string text, string moderator);
}

public sealed record EditedComment(CommentInfo Comment, string TextBefore);
