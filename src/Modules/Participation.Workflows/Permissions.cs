using Participation.Recipes;
using Participation.Security;

namespace Participation.Workflows;

public sealed class Permissions : IPermissionProvider
{
    public static readonly Permission ManageWorkflows = new("ManageWorkflows", "Create, edit, enable and re-run workflows", StandardPermissions.SiteOwner) { Category = "Workflows" };

    public IEnumerable<Permission> GetPermissions() => [ManageWorkflows];
}
