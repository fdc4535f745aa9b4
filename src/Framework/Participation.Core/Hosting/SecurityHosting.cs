using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Participation.Security;
using Participation.Data;

namespace Participation.Hosting;

/// <summary>
/// Permissions checked against roles, and the keys that protect cookies. Who signs in, and
/// how, is the Users module's.
/// </summary>
internal static class SecurityHosting
{
    public static IServiceCollection AddParticipationSecurity(this IServiceCollection services)
    {
        services.AddAuthentication();
        services.AddAuthorization();
        services.AddScoped<IAuthorizationHandler, PermissionHandler>();
        services.AddSingleton<IPermissionCatalog, PermissionCatalog>();
        services.AddAntiforgery(o => o.Cookie.Name = ".Participation.Antiforgery");
        // Keys for cookies, antiforgery and stored secrets live with the site's data, so they survive restarts.
        services.AddDataProtection().SetApplicationName("Participation");
        services.AddOptions<KeyManagementOptions>().Configure<IShellSettingsStore, ILoggerFactory>((o, shell, logs) =>
            o.XmlRepository = new FileSystemXmlRepository(new DirectoryInfo(Path.Combine(shell.DataPath, "keys")), logs));
        return services;
    }
}
