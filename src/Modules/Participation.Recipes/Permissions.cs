using Participation.Security;

namespace Participation.Recipes;

public sealed class Permissions : IPermissionProvider
{
    public static readonly Permission ManageRecipes = new("ManageRecipes", "Run and import recipes (they can change anything on the site)", StandardPermissions.SiteOwner) { Category = "Recipes" };

    public IEnumerable<Permission> GetPermissions() => [ManageRecipes];
}
