using Microsoft.Extensions.DependencyInjection;
using Participation.Data;
using Participation.Modules;
using Participation.Moderation.Recipes;
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
        services.AddScoped<IModerationSettingsStore, ModerationSettingsStore>();
        services.AddScoped<IBanService, BanService>();
        services.AddScoped<ModerationQueue>();
        services.AddScoped<BanList>();
        services.AddScoped<ModerationPolicy>();
        services.AddScoped<IModerationReasons, ModerationReasons>();
        services.AddScoped<IRecipeStepHandler, ModerationStep>();
        services.AddOptions<DigestOptions>().BindConfiguration("Participation:Moderation");
        services.AddHostedService<ModerationDigest>();
        services.AddSingleton<IPermissionProvider, Permissions>();
        services.AddSingleton<INavigationProvider, AdminMenu>();
    }
}

public sealed class Permissions : IPermissionProvider
{
    public static readonly Permission ModerateContributions = new("ModerateContributions", "Review, approve, hide and edit contributions; ban participants", StandardPermissions.SiteOwner) { Category = "Moderation" };
    public static readonly Permission ManageModerationPolicy = new("ManageModerationPolicy", "Edit the hide reasons, the lexicon and the moderation settings", StandardPermissions.SiteOwner) { Category = "Moderation" };

    public IEnumerable<Permission> GetPermissions() => [ModerateContributions, ManageModerationPolicy];

    public IEnumerable<PermissionStereotype> GetDefaultStereotypes() => [new(RoleNames.Moderator, [ModerateContributions])];
}

public sealed class AdminMenu : INavigationProvider
{
    public void BuildNavigation(string menu, List<MenuItem> items)
    {
        if (menu != NavigationNames.Admin) return;
        items.Add(new MenuItem { Text = "Moderation", Url = "/admin/moderation", Position = "20", Permission = Permissions.ModerateContributions });
        items.Add(new MenuItem { Text = "Moderation policy", Url = "/admin/moderation/policy", Position = "21", Permission = Permissions.ManageModerationPolicy });
    }
}
