using Participation.Navigation;
using Participation.Security;

namespace Participation.Recipes;

public sealed class AdminMenu : INavigationProvider
{
    public void BuildNavigation(string menu, List<MenuItem> items)
    {
        if (menu != NavigationNames.Admin) return;
        items.Add(new MenuItem { Text = "Recipes", Url = "/admin/recipes", Position = "95", Permission = Permissions.ManageRecipes });
    }
}
