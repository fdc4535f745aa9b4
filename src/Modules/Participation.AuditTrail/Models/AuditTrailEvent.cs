namespace Participation.AuditTrail.Models;

/// <summary>One recorded change (the table row); other modules read it as <see cref="AuditTrailEntry"/>.</summary>
public sealed class AuditTrailEvent
{
    public long Id { get; set; }
    /// <summary>e.g. <c>Content</c>, <c>User</c>, <c>Recipe</c>.</summary>
    public string Category { get; set; } = "";
    /// <summary>e.g. <c>Published</c>.</summary>
    public string Name { get; set; } = "";
    public string? ContentItemId { get; set; }
    public string? ContentItemVersionId { get; set; }
    public string? ContentType { get; set; }
    public string? DisplayText { get; set; }
    public string? UserName { get; set; }
    public string? Comment { get; set; }
    public DateTime CreatedUtc { get; set; }
}
