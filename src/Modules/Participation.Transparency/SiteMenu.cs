using Participation.Navigation;

namespace Participation.Transparency;

public sealed class SiteMenu : INavigationProvider
{
    public void BuildNavigation(string menu, List<MenuItem> items)
    {
        if (menu == NavigationNames.Main) items.Add(new MenuItem { Text = "Participation results", Url = "/results", Position = "5" });
        if (menu == NavigationNames.Footer) items.Add(new MenuItem { Text = "Open data", Url = "/open-data", Position = "5" });
    }
}
