using Participation.Navigation;

namespace Participation.Requests;

public sealed class AdminMenu : INavigationProvider
{
    public void BuildNavigation(string menu, List<MenuItem> items)
    {
        if (menu != NavigationNames.Admin) return;
        items.Add(new MenuItem { Text = "Requests", Url = "/admin/requests", Position = "30", Permission = Permissions.HandleRequests });
        items.Add(new MenuItem { Text = "Response figures", Url = "/admin/requests/figures", Position = "31", Permission = Permissions.ManageAllRequests });
        items.Add(new MenuItem { Text = "Request forms and routing", Url = "/admin/requests/settings", Position = "84", Permission = Permissions.ManageRequestSettings });
    }
}
