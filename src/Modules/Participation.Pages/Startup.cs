using Microsoft.Extensions.DependencyInjection;
using Participation.ContentManagement.Metadata;
using Participation.Modules;
using Participation.Navigation;

namespace Participation.Pages;

public sealed class Startup : StartupBase
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddSingleton<IContentTypeProvider, ContentTypes>();
        services.AddSingleton<INavigationProvider, SiteMenu>();
    }
}
