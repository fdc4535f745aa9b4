using Microsoft.Extensions.DependencyInjection;
using Participation.ContentManagement;
using Participation.ContentManagement.Display;
using Participation.Data;
using Participation.Modules;
using Participation.Navigation;
using Participation.Recipes;
using Participation.Security;
using Participation.Workflows.Activities.Events;
using Participation.Workflows.Activities.Tasks;
using Participation.Workflows.Drivers;
using Participation.Workflows.Handlers;
using Participation.Workflows.Recipes;
using Participation.Workflows.Services;

namespace Participation.Workflows;

public sealed class AdminMenu : INavigationProvider
{
    public void BuildNavigation(string menu, List<MenuItem> items)
    {
        if (menu != NavigationNames.Admin) return;
        items.Add(new MenuItem { Text = "Workflows", Url = "/admin/workflows", Position = "85", Permission = Permissions.ManageWorkflows });
    }
}
