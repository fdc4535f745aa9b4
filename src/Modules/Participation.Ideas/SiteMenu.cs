using Participation.Navigation;

namespace Participation.Ideas;

public sealed class SiteMenu : INavigationProvider
{
    public void BuildNavigation(string menu, List<MenuItem> items)
    {
        if (menu == NavigationNames.Main) items.Add(new MenuItem { Text = "Ideas", Url = "/ideas", Position = "2" });
    }
}
