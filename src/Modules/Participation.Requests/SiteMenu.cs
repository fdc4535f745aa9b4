using Participation.Navigation;

namespace Participation.Requests;

public sealed class SiteMenu : INavigationProvider
{
    public void BuildNavigation(string menu, List<MenuItem> items)
    {
        if (menu == NavigationNames.Main) items.Add(new MenuItem { Text = "Suggestions and complaints", Url = "/requests", Position = "4" });
    }
}
