using Microsoft.Extensions.DependencyInjection;
using Participation.Data;
using Participation.Modules;
using Participation.Moderation.Recipes;
using Participation.Moderation.Screening;
using Participation.Moderation.Services;
using Participation.Navigation;
using Participation.Recipes;
using Participation.Security;

namespace Participation.Moderation;

public sealed class Startup : StartupBase
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddSingleton<IModelContributor, ModerationModel>();
        services.AddSingleton<DataMigration, Migrations>();
        services.AddScoped<IContentScreener, ContentScreener>();
        services.AddSingleton<IPersonalDataDetector, PersonalDataDetector>();
        services.AddScoped<IModerationSettingsStore, ModerationSettingsStore>();
        services.AddScoped<IBanService, BanService>();
        services.AddScoped<ModerationQueue>();
        services.AddScoped<BanList>();
        services.AddScoped<ModerationPolicy>();
        services.AddScoped<ModerationReasons>();
        services.AddScoped<IModerationReasons>(sp => sp.GetRequiredService<ModerationReasons>());
        services.AddScoped<IRecipeStepHandler, ModerationStep>();
        services.AddOptions<DigestOptions>().BindConfiguration("Participation:Moderation");
        services.AddHostedService<ModerationDigest>();
        services.AddSingleton<IPermissionProvider, Permissions>();
        services.AddSingleton<INavigationProvider, AdminMenu>();
    }
}
