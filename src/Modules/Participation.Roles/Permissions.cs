using Participation.Security;

namespace Participation.Roles;

public sealed class Permissions : IPermissionProvider
{
    public static readonly Permission ManageRoles = new("ManageRoles", "Create roles and choose the permissions they grant", StandardPermissions.SiteOwner) { Category = "Users" };

    public IEnumerable<Permission> GetPermissions() => [ManageRoles];
}
