using Microsoft.Extensions.DependencyInjection;
using Participation.AuditTrail.Handlers;
using Participation.AuditTrail.Services;
using Participation.ContentManagement;
using Participation.Data;
using Participation.Modules;
using Participation.Navigation;
using Participation.Security;
using Participation.Users;

namespace Participation.AuditTrail;

public sealed class Startup : StartupBase
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddSingleton<IModelContributor, AuditTrailModel>();
        services.AddSingleton<DataMigration, Migrations>();
        services.AddScoped<AuditTrailService>();
        services.AddScoped<IAuditTrail>(sp => sp.GetRequiredService<AuditTrailService>());
        services.AddScoped<IContentHandler, ContentAuditHandler>();
        services.AddScoped<IUserDeletionHandler, AuditTrailAnonymiser>();
        services.AddSingleton<IPermissionProvider, Permissions>();
        services.AddSingleton<INavigationProvider, AdminMenu>();
    }
}
