using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Participation.Modules;

/// <summary>
/// A module's entry point, as in Orchard: services in <see cref="ConfigureServices"/>,
/// routes and middleware in <see cref="Configure"/>. The host finds every concrete subclass
/// in the module assemblies it references and calls them in dependency order.
/// </summary>
public abstract class StartupBase
{
    /// <summary>Lower runs first among modules at the same dependency depth.</summary>
    public virtual int Order => 0;

    public virtual void ConfigureServices(IServiceCollection services) { }

    public virtual void Configure(IApplicationBuilder app, IEndpointRouteBuilder routes, IServiceProvider serviceProvider) { }
}
