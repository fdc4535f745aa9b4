using Microsoft.Extensions.DependencyInjection;
using Participation.Data;
using Participation.Diagnostics;
using Participation.Email.Services;
using Participation.Modules;
using Participation.Navigation;
using Participation.Security;

namespace Participation.Email;

public sealed class Startup : StartupBase
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddOptions<EmailOptions>().BindConfiguration("Participation:Email");
        services.AddSingleton<IModelContributor, EmailModel>();
        services.AddSingleton<DataMigration, Migrations>();
        services.AddSingleton<OutboxSignal>();
        services.AddSingleton<IMailTransport, MailTransport>();
        services.AddScoped<IEmailSender, OutboxEmailSender>();
        services.AddScoped<SmtpSettingsStore>();
        services.AddSingleton<OutboxDispatcher>();
        services.AddSingleton<OutboxMetrics>();
        services.AddSingleton<IGaugeSampler>(sp => sp.GetRequiredService<OutboxMetrics>());
        services.AddHostedService(sp => sp.GetRequiredService<OutboxDispatcher>());
        services.AddSingleton<IPermissionProvider, Permissions>();
        services.AddSingleton<INavigationProvider, AdminMenu>();
        services.AddScoped<IMailDeliveries, OutboxDeliveries>();
    }
}
