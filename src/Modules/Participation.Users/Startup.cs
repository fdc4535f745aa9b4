using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Participation.Data;
using Participation.Modules;
using Participation.Navigation;
using Participation.Security;
using Participation.Setup;
using Participation.Users.Services;

namespace Participation.Users;

public sealed class Startup : StartupBase
{
    public override void ConfigureServices(IServiceCollection services)
    {
        AddIdentity(services);
        services.AddSingleton<IModelContributor, IdentityModel>();
        services.AddSingleton<DataMigration, IdentityMigrations>();
        services.AddScoped<IRolePermissions, RolePermissionStore>();
        services.AddScoped<DefaultRoles>();
        services.AddScoped<ISetupEventHandler, AccountSetup>();
        services.AddScoped<IPasswordValidator<ParticipationUser>, SitePasswordValidator>();
        services.AddScoped<IdentityErrorDescriber, LocalizedIdentityErrorDescriber>();
        services.AddScoped<AccountEmails>();
        services.AddScoped<AccountDeletion>();
        services.AddSingleton<IPermissionProvider, Permissions>();
        services.AddSingleton<INavigationProvider, AdminMenu>();
    }

    /// <summary>ASP.NET Core Identity on the suite's database, its cookie and its lockout.</summary>
    private static void AddIdentity(IServiceCollection services)
    {
        // The stores work on the suite's DbContext, which the host also registers as DbContext.
        services.AddIdentity<ParticipationUser, ParticipationRole>(options =>
            {
                options.User.RequireUniqueEmail = true;
                options.SignIn.RequireConfirmedEmail = true;
                // Password rules are site settings, checked by SitePasswordValidator.
                options.Password = new PasswordOptions { RequiredLength = 1, RequiredUniqueChars = 1, RequireDigit = false, RequireLowercase = false, RequireUppercase = false, RequireNonAlphanumeric = false };
            })
            .AddEntityFrameworkStores<DbContext>()
            .AddDefaultTokenProviders();
        services.AddOptions<IdentityOptions>().Configure<IConfiguration>((options, configuration) =>
        {
            options.Lockout.MaxFailedAccessAttempts = configuration.GetValue("Participation:Lockout:MaxFailedAttempts", 5);
            options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(configuration.GetValue("Participation:Lockout:Minutes", 15));
        });
        services.ConfigureApplicationCookie(options =>
        {
            options.Cookie.Name = ".Participation.Auth";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.LoginPath = "/account/login";
            options.LogoutPath = "/account/logout";
            options.AccessDeniedPath = "/account/denied";
            options.SlidingExpiration = true;
        });
        // Role changes reach signed-in users within a minute.
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(1));
    }
}
