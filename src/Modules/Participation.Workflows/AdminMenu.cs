using Participation.Navigation;
using Participation.Recipes;
using Participation.Security;

namespace Participation.Workflows;

public sealed class AdminMenu : INavigationProvider
{
    public void BuildNavigation(string menu, List<MenuItem> items)
    {
        if (menu != NavigationNames.Admin) return;
        items.Add(new MenuItem { Text = "Workflows", Url = "/admin/workflows", Position = "85", Permission = Permissions.ManageWorkflows });
    }
}
