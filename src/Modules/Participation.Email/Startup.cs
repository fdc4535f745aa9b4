using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Participation.Email.Services;
using Participation.Modules;

namespace Participation.Email;

public sealed class Startup : StartupBase
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.TryAddSingleton<MimeMessageFactory>();
        // The workflows module replaces this with its durable outbox.
        services.TryAddSingleton<IEmailSender, PickupFolderEmailSender>();
    }
}
