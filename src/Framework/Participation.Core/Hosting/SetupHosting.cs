using Microsoft.Extensions.DependencyInjection;
using Participation.Recipes;
using Participation.Settings;
using Participation.Setup;

namespace Participation.Hosting;

/// <summary>Installing the site from a recipe, and the site settings recipes set.</summary>
internal static class SetupHosting
{
    public static IServiceCollection AddParticipationSetup(this IServiceCollection services)
    {
        services.AddSingleton<IRecipeHarvester, RecipeHarvester>();
        services.AddScoped<IRecipeExecutor, RecipeExecutor>();
        services.AddScoped<ISiteService, SiteService>();
        services.AddScoped<IRecipeStepHandler, SettingsStep>();
        services.AddSingleton<ISetupService, SetupService>();
        return services;
    }
}
