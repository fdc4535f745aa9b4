using Participation.Navigation;

namespace Participation.Surveys;

public sealed class SiteMenu : INavigationProvider
{
    public void BuildNavigation(string menu, List<MenuItem> items)
    {
        if (menu == NavigationNames.Main) items.Add(new MenuItem { Text = "Surveys", Url = "/surveys", Position = "5" });
    }
}
