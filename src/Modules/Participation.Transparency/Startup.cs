using Microsoft.Extensions.DependencyInjection;
using Participation.Modules;
using Participation.Navigation;
using Participation.Security;
using Participation.Transparency.Services;

namespace Participation.Transparency;

public sealed class Startup : StartupBase
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddScoped<ResultsCatalog>();
        services.AddScoped<ParticipationDashboard>();
        services.AddSingleton<IPermissionProvider, Permissions>();
        services.AddSingleton<INavigationProvider, SiteMenu>();
        services.AddSingleton<INavigationProvider, AdminMenu>();
    }
}
