using Participation.Recipes;
using Participation.Security;

namespace Participation.Departments;

public sealed class Permissions : IPermissionProvider
{
    public static readonly Permission ManageDepartments = new("ManageDepartments", "Manage departments, missions and officials' offices", StandardPermissions.SiteOwner) { Category = "Departments" };
    public IEnumerable<Permission> GetPermissions() => [ManageDepartments];
}
