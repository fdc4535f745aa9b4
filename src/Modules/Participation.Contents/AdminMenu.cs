using Participation.Navigation;

namespace Participation.Contents;

public sealed class AdminMenu : INavigationProvider
{
    public void BuildNavigation(string menu, List<MenuItem> items)
    {
        if (menu != NavigationNames.Admin) return;
        items.Add(new MenuItem { Text = "Content", Url = "/admin/contents", Position = "10", Permission = Permissions.EditContent });
    }
}
