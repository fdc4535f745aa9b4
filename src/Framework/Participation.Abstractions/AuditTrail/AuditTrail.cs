using Participation.Security;

namespace Participation.AuditTrail;

/// <summary>The audit trail's permission, here so any module can check it.</summary>
public static class AuditTrailPermissions
{
    public static readonly Permission ViewAuditTrail = new("ViewAuditTrail", "View the audit trail", StandardPermissions.SiteOwner) { Category = "Audit trail" };
}

/// <summary>One recorded change: who did what to which item, when.</summary>
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

public interface IAuditTrail
{
    Task RecordAsync(string category, string name, string? comment = null, Action<AuditTrailEvent>? fill = null);
}
