using Participation.Security;

namespace Participation.Admin;

public sealed class Permissions : IPermissionProvider
{
    public static readonly Permission ManageSettings = new("ManageSettings", "Change the site settings", StandardPermissions.SiteOwner) { Category = "Admin" };

    public IEnumerable<Permission> GetPermissions() => [ManageSettings];
}
