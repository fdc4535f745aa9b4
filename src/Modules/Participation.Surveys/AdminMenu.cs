using Participation.Navigation;

namespace Participation.Surveys;

public sealed class AdminMenu : INavigationProvider
{
    public void BuildNavigation(string menu, List<MenuItem> items)
    {
        if (menu == NavigationNames.Admin) items.Add(new MenuItem { Text = "Surveys", Url = "/admin/surveys", Position = "15", Permission = Permissions.ManageSurveys });
    }
}
