using Participation.Security;

namespace Participation.AuditTrail;

/// <summary>The audit trail's permission, here so any module can check it.</summary>
public static class AuditTrailPermissions
{
    public static readonly Permission ViewAuditTrail = new("ViewAuditTrail", "View the audit trail", StandardPermissions.SiteOwner) { Category = "Audit trail" };
}
