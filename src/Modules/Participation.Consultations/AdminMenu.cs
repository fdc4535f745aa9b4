using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Participation.Admin;
using Participation.Security;

namespace Participation.Consultations;

public sealed class AdminMenu : Participation.Navigation.INavigationProvider
{
    public void BuildNavigation(string menu, List<Participation.Navigation.MenuItem> items)
    {
        if (menu == Participation.Navigation.NavigationNames.Admin)
            items.Add(new Participation.Navigation.MenuItem { Text = "Audiences", Url = "/admin/audiences", Position = "84", Permission = Permissions.ManageAudiences });
    }
}
