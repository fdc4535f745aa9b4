using Participation.Navigation;

namespace Participation.Roles;

public sealed class AdminMenu : INavigationProvider
{
    public void BuildNavigation(string menu, List<MenuItem> items)
    {
        if (menu != NavigationNames.Admin) return;
        items.Add(new MenuItem { Text = "Roles", Url = "/admin/roles", Position = "81", Permission = Permissions.ManageRoles });
    }
}
