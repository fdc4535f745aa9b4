using Participation.Navigation;

namespace Participation.Transparency;

public sealed class AdminMenu : INavigationProvider
{
    public void BuildNavigation(string menu, List<MenuItem> items)
    {
        if (menu != NavigationNames.Admin) return;
        items.Add(new MenuItem { Text = "Participation reports", Url = "/admin/reports", Position = "32", Permission = Permissions.ViewParticipationReports });
        items.Add(new MenuItem { Text = "Impact reports", Url = "/admin/reports/archive", Position = "33", Permission = Permissions.ViewParticipationReports });
        items.Add(new MenuItem { Text = "Open data", Url = "/admin/open-data", Position = "34", Permission = Permissions.ManageOpenData });
    }
}
