using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Participation.ContentManagement;
using Participation.ContentManagement.Display;
using Participation.ContentManagement.Metadata;
using Participation.Data;
using Participation.Modules;
using Participation.Navigation;
using Participation.Polls.Drivers;
using Participation.Polls.Models;
using Participation.Polls.Services;
using Participation.Security;

namespace Participation.Polls;

public sealed class SiteMenu : INavigationProvider
{
    public void BuildNavigation(string menu, List<MenuItem> items)
    {
        if (menu == NavigationNames.Main) items.Add(new MenuItem { Text = "Polls", Url = "/polls", Position = "3" });
    }
}
