using Participation.Navigation;

namespace Participation.Polls;

public sealed class SiteMenu : INavigationProvider
{
    public void BuildNavigation(string menu, List<MenuItem> items)
    {
        if (menu == NavigationNames.Main) items.Add(new MenuItem { Text = "Polls", Url = "/polls", Position = "3" });
    }
}
