namespace Participation.Comments;

/// <summary>Which comments to read; every filter is optional and they combine with AND.</summary>
public sealed record CommentQuery
{
    public string? ContentItemId { get; init; }
    public string? AuthorId { get; init; }
    public IReadOnlyCollection<long>? Ids { get; init; }
    public CommentStatus? Status { get; init; }
    public CommentStatus? NotStatus { get; init; }
    /// <summary>Only comments that screening flagged.</summary>
    public bool Flagged { get; init; }
    /// <summary>Only comments somebody reported.</summary>
    public bool Reported { get; init; }
    /// <summary>A reason key among the flags or the hide reason.</summary>
    public string? Reason { get; init; }
    public DateTime? CreatedAfterUtc { get; init; }
    public DateTime? CreatedBeforeUtc { get; init; }
    /// <summary>Oldest first by default (the moderators' order); newest first when set.</summary>
    public bool NewestFirst { get; init; }
    public int? Take { get; init; }
}
