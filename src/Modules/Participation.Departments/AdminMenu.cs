using Participation.Navigation;
using Participation.Recipes;
using Participation.Security;

namespace Participation.Departments;

public sealed class AdminMenu : INavigationProvider
{
    public void BuildNavigation(string menu, List<MenuItem> items)
    {
        if (menu == NavigationNames.Admin) items.Add(new MenuItem { Text = "Departments", Url = "/admin/departments", Position = "83", Permission = Permissions.ManageDepartments });
    }
}
