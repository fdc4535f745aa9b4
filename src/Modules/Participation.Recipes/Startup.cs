using Microsoft.Extensions.DependencyInjection;
using Participation.Modules;
using Participation.Navigation;
using Participation.Security;

namespace Participation.Recipes;

public sealed class Startup : StartupBase
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddScoped<IRecipeStepHandler, RecipesStep>();
        services.AddSingleton<IPermissionProvider, Permissions>();
        services.AddSingleton<INavigationProvider, AdminMenu>();
    }
}
