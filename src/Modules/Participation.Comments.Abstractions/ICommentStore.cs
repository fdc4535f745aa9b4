namespace Participation.Comments;

/// <summary>Reads comments for other modules, and the one edit editors make to them elsewhere: tags.</summary>
public interface ICommentStore
{
    Task<IReadOnlyList<CommentInfo>> ListAsync(CommentQuery query);

    /// <summary>How many hidden comments each author had since a date (moderators weigh a ban on it).</summary>
    Task<IReadOnlyDictionary<string, int>> CountHiddenByAuthorAsync(IReadOnlyCollection<string> authorIds, DateTime sinceUtc);

    /// <summary>What waits for a moderator: how many, and since when.</summary>
    Task<PendingComments> PendingAsync(CancellationToken cancellationToken = default);

    /// <summary>Sets an editor's classification of a top-level contribution; false when the item has no such comment.</summary>
    Task<bool> SetTagsAsync(string contentItemId, long commentId, IReadOnlyCollection<string> tags);
}

public sealed record PendingComments(int Count, DateTime? OldestUtc);
