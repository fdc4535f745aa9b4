using Microsoft.Extensions.DependencyInjection;
using Participation.ContentManagement;
using Participation.ContentManagement.Display;
using Participation.ContentManagement.Models;
using Participation.Contents.Drivers;
using Participation.Contents.Handlers;
using Participation.Contents.Recipes;
using Participation.Contents.Services;
using Participation.Modules;
using Participation.Navigation;
using Participation.Recipes;
using Participation.Security;
using Participation.Users;

namespace Participation.Contents;

public sealed class Startup : StartupBase
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddContentPart<TitlePart>().AddContentPart<AutoroutePart>().AddContentPart<LocalizationPart>().AddContentPart<MarkdownBodyPart>();
        services.AddScoped<IContentPartDisplayDriver, TitlePartDisplayDriver>();
        services.AddScoped<IContentPartDisplayDriver, AutoroutePartDisplayDriver>();
        services.AddScoped<IContentPartDisplayDriver, MarkdownBodyPartDisplayDriver>();
        services.AddScoped<IContentPartDisplayDriver, LocalizationPartDisplayDriver>();
        services.AddScoped<IContentHandler, CommonPartsValidationHandler>();
        services.AddScoped<IRecipeStepHandler, ContentStep>();
        services.AddScoped<IUserDeletionHandler, ContentOwnerAnonymiser>();
        services.AddSingleton<IPermissionProvider, Permissions>();
        services.AddSingleton<INavigationProvider, AdminMenu>();
    }
}
