using Participation.Navigation;

namespace Participation.Pages;

/// <summary>The public header and footer entries this module owns; the policy pages come from the recipe.</summary>
public sealed class SiteMenu : INavigationProvider
{
    public void BuildNavigation(string menu, List<MenuItem> items)
    {
        switch (menu)
        {
            case NavigationNames.Main:
                items.Add(new MenuItem { Text = "Home", Url = "/", Position = "0" });
                items.Add(new MenuItem { Text = "About", Url = "/about", Position = "90" });
                break;
            case NavigationNames.Footer:
                items.Add(new MenuItem { Text = "Participation policy", Url = "/participation-policy", Position = "1" });
                items.Add(new MenuItem { Text = "Privacy and cookies", Url = "/privacy", Position = "2" });
                items.Add(new MenuItem { Text = "About", Url = "/about", Position = "3" });
                break;
        }
    }
}
