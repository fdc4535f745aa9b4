using Microsoft.Extensions.DependencyInjection;
using Participation.Modules;
using Participation.Navigation;
using Participation.Security;

namespace Participation.Recipes;

public sealed class Startup : StartupBase
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddScoped<IRecipeStepHandler, RecipesStep>();
        services.AddSingleton<IPermissionProvider, Permissions>();
        services.AddSingleton<INavigationProvider, AdminMenu>();
    }
}

public sealed class Permissions : IPermissionProvider
{
    public static readonly Permission ManageRecipes = new("ManageRecipes", "Run and import recipes (they can change anything on the site)", StandardPermissions.SiteOwner) { Category = "Recipes" };

    public IEnumerable<Permission> GetPermissions() => [ManageRecipes];
}

public sealed class AdminMenu : INavigationProvider
{
    public void BuildNavigation(string menu, List<MenuItem> items)
    {
        if (menu != NavigationNames.Admin) return;
        items.Add(new MenuItem { Text = "Recipes", Url = "/admin/recipes", Position = "95", Permission = Permissions.ManageRecipes });
    }
}
