using Participation.Navigation;
using Participation.Security;

namespace Participation.Email;

public sealed class AdminMenu : INavigationProvider
{
    public void BuildNavigation(string menu, List<MenuItem> items)
    {
        if (menu != NavigationNames.Admin) return;
        items.Add(new MenuItem { Text = "Email", Url = "/admin/email", Position = "97", Permission = Permissions.ManageEmail });
    }
}
