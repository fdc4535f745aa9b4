using Participation.Navigation;

namespace Participation.Users;

public sealed class AdminMenu : INavigationProvider
{
    public void BuildNavigation(string menu, List<MenuItem> items)
    {
        if (menu != NavigationNames.Admin) return;
        items.Add(new MenuItem { Text = "Users", Url = "/admin/users", Position = "80", Permission = Permissions.ManageUsers });
        items.Add(new MenuItem { Text = "National login", Url = "/admin/users/national-login", Position = "81", Permission = Permissions.ManageUsers });
    }
}
