namespace Participation.Comments;

/// <summary>Reads comments for other modules, and the one edit editors make to them elsewhere: tags.</summary>
public interface ICommentStore
{
    /// <summary>A page of comments; callers bound it with <see cref="CommentQuery.Take"/> and page with <see cref="CommentQuery.After"/>.</summary>
    Task<IReadOnlyList<CommentInfo>> ListAsync(CommentQuery query);

    /// <summary>Every comment the query matches, one at a time and untracked, for exports that stream.</summary>
    IAsyncEnumerable<CommentInfo> StreamAsync(CommentQuery query);

    /// <summary>How many comments the query matches, counted by the database.</summary>
    Task<int> CountAsync(CommentQuery query, CancellationToken cancellationToken = default);

    /// <summary>The figures of an item's contributions, aggregated by the database (no rows loaded).</summary>
    Task<ContributionFigures> FiguresAsync(string contentItemId, IReadOnlyCollection<string> tags, CancellationToken cancellationToken = default);

    /// <summary>Contributions per item, for many items in one grouped query; only those written in [from, to) when given. Items without any are absent.</summary>
    Task<IReadOnlyDictionary<string, ItemContributions>> ContributionCountsAsync(IReadOnlyCollection<string> contentItemIds, DateTime? fromUtc = null, DateTime? toUtc = null, CancellationToken cancellationToken = default);

    /// <summary>How many hidden comments each author had since a date (moderators weigh a ban on it).</summary>
    Task<IReadOnlyDictionary<string, int>> CountHiddenByAuthorAsync(IReadOnlyCollection<string> authorIds, DateTime sinceUtc);

    /// <summary>What waits for a moderator: how many, and since when.</summary>
    Task<PendingComments> PendingAsync(CancellationToken cancellationToken = default);

    /// <summary>Sets an editor's classification of a top-level contribution; false when the item has no such comment.</summary>
    Task<bool> SetTagsAsync(string contentItemId, long commentId, IReadOnlyCollection<string> tags);
}

public sealed record PendingComments(int Count, DateTime? OldestUtc);
