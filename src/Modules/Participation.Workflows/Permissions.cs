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

public sealed class Permissions : IPermissionProvider
{
    public static readonly Permission ManageWorkflows = new("ManageWorkflows", "Create, edit, enable and re-run workflows", StandardPermissions.SiteOwner) { Category = "Workflows" };

    public IEnumerable<Permission> GetPermissions() => [ManageWorkflows];
}
