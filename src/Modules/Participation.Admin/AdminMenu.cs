using Participation.Navigation;
using Participation.Security;

namespace Participation.Admin;

public sealed class AdminMenu : INavigationProvider
{
    public void BuildNavigation(string menu, List<MenuItem> items)
    {
        if (menu != NavigationNames.Admin) return;
        items.Add(new MenuItem { Text = "Dashboard", Url = "/admin", Position = "0", Permission = StandardPermissions.AccessAdminPanel });
        items.Add(new MenuItem { Text = "Settings", Url = "/admin/settings", Position = "99", Permission = Permissions.ManageSettings });
    }
}
