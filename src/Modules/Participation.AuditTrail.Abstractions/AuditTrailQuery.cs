namespace Participation.AuditTrail;

/// <summary>Which entries to read: all filters optional, combined with AND.</summary>
public sealed record AuditTrailQuery
{
    public string? Category { get; init; }
    public string? ContentItemId { get; init; }
    /// <summary>Only these event names (e.g. <c>Published</c>, <c>StageChanged</c>).</summary>
    public IReadOnlyCollection<string>? Names { get; init; }
    public bool OldestFirst { get; init; }
    public int Skip { get; init; }
    public int? Take { get; init; }
}
