using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Participation.Modules;
using Participation.Navigation;
using Participation.Security;
using Participation.Users.Services;

namespace Participation.Users;

public sealed class Startup : StartupBase
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddScoped<IPasswordValidator<ParticipationUser>, SitePasswordValidator>();
        services.AddScoped<IdentityErrorDescriber, LocalizedIdentityErrorDescriber>();
        services.AddScoped<AccountEmails>();
        services.AddScoped<AccountDeletion>();
        services.AddSingleton<IPermissionProvider, Permissions>();
        services.AddSingleton<INavigationProvider, AdminMenu>();
    }
}
