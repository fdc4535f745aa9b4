using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Participation.Modules;
using Participation.Setup.Services;

namespace Participation.Setup;

public sealed class Startup : StartupBase
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddOptions<AutoSetupOptions>().BindConfiguration("Participation:AutoSetup");
        services.AddHostedService<AutoSetupService>();
    }

    public override void Configure(IApplicationBuilder app, IEndpointRouteBuilder routes, IServiceProvider serviceProvider)
        => app.UseMiddleware<SetupRedirectMiddleware>();
}
