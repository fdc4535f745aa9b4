namespace Participation.AuditTrail;

/// <summary>One recorded change, as read back: who did what to which item, when.</summary>
public sealed record AuditTrailEntry(
    long Id,
    string Category,
    string Name,
    string? ContentItemId,
    string? ContentItemVersionId,
    string? ContentType,
    string? DisplayText,
    string? UserName,
    string? Comment,
    DateTime CreatedUtc);
