using Microsoft.Extensions.DependencyInjection;
using Participation.Modules;
using Participation.Navigation;
using Participation.Security;

namespace Participation.Admin;

public sealed class Startup : StartupBase
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddSingleton<IPermissionProvider, Permissions>();
        services.AddSingleton<INavigationProvider, AdminMenu>();
    }
}

public sealed class Permissions : IPermissionProvider
{
    public static readonly Permission ManageSettings = new("ManageSettings", "Change the site settings", StandardPermissions.SiteOwner) { Category = "Admin" };

    public IEnumerable<Permission> GetPermissions() => [ManageSettings];
}

public sealed class AdminMenu : INavigationProvider
{
    public void BuildNavigation(string menu, List<MenuItem> items)
    {
        if (menu != NavigationNames.Admin) return;
        items.Add(new MenuItem { Text = "Dashboard", Url = "/admin", Position = "0", Permission = StandardPermissions.AccessAdminPanel });
        items.Add(new MenuItem { Text = "Settings", Url = "/admin/settings", Position = "99", Permission = Permissions.ManageSettings });
    }
}
