using Participation.Security;

namespace Participation.AuditTrail;

public sealed class Permissions : IPermissionProvider
{
    public static Permission ViewAuditTrail => AuditTrailPermissions.ViewAuditTrail;

    public IEnumerable<Permission> GetPermissions() => [ViewAuditTrail];

    public IEnumerable<PermissionStereotype> GetDefaultStereotypes() =>
    [
        new(RoleNames.Analyst, [ViewAuditTrail, StandardPermissions.AccessAdminPanel]),
    ];
}
