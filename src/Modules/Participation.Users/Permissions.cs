using Participation.Security;

namespace Participation.Users;

public sealed class Permissions : IPermissionProvider
{
    public static readonly Permission ManageUsers = new("ManageUsers", "Create staff accounts, assign roles, lock and unlock accounts", StandardPermissions.SiteOwner) { Category = "Users" };

    public IEnumerable<Permission> GetPermissions() => [ManageUsers];
}
