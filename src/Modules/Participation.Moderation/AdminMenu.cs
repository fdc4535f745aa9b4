using Participation.Navigation;
using Participation.Recipes;
using Participation.Security;

namespace Participation.Moderation;

public sealed class AdminMenu : INavigationProvider
{
    public void BuildNavigation(string menu, List<MenuItem> items)
    {
        if (menu != NavigationNames.Admin) return;
        items.Add(new MenuItem { Text = "Moderation", Url = "/admin/moderation", Position = "20", Permission = Permissions.ModerateContributions });
        items.Add(new MenuItem { Text = "Moderation policy", Url = "/admin/moderation/policy", Position = "21", Permission = Permissions.ManageModerationPolicy });
    }
}
