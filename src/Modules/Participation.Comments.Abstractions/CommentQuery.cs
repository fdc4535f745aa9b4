using Participation.Data;
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
    /// <summary>True: top-level comments only; false: replies only.</summary>
    public bool? TopLevel { get; init; }
    /// <summary>Only the replies to these comments.</summary>
    public IReadOnlyCollection<long>? ParentIds { get; init; }
    /// <summary>True: the agency's replies only; false: participants' only.</summary>
    public bool? Official { get; init; }
    /// <summary>A stance key, or "none" for contributions without one.</summary>
    public string? Stance { get; init; }
    /// <summary>One of the editors' tags.</summary>
    public string? Tag { get; init; }
    public DateTime? CreatedAfterUtc { get; init; }
    public DateTime? CreatedBeforeUtc { get; init; }
    /// <summary>Oldest first by default (the moderators' order); newest first when set. Both by (created, id).</summary>
    public bool NewestFirst { get; init; }
    /// <summary>Keyset paging: only the comments after this one in the chosen order.</summary>
    public KeysetCursor? After { get; init; }
    public int? Take { get; init; }
}
