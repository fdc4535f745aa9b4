using Participation.Navigation;

namespace Participation.Consultations;

public sealed class SiteMenu : INavigationProvider
{
    public void BuildNavigation(string menu, List<MenuItem> items)
    {
        if (menu == NavigationNames.Main) items.Add(new MenuItem { Text = "Share your opinion", Url = "/consultations", Position = "1" });
    }
}
