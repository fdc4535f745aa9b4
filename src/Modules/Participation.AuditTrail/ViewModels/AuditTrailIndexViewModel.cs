namespace Participation.AuditTrail.ViewModels;

public sealed record AuditTrailIndexViewModel(
    IReadOnlyList<AuditTrailEntry> Events,
    IReadOnlyList<string> Categories,
    string? Category,
    string? ContentItemId,
    int Page,
    int PageCount);
