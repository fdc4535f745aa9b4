using Microsoft.Extensions.DependencyInjection;
using Participation.ContentManagement.Display;
using Participation.ContentManagement.Metadata;
using Participation.Consultations.Drivers;
using Participation.Modules;

namespace Participation.Consultations;

public sealed class Startup : StartupBase
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddSingleton<IContentTypeProvider, ContentTypes>();
        services.AddScoped<IContentPartDisplayDriver, ConsultationPartDisplayDriver>();
    }
}
