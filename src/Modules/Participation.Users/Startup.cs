using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Participation.Data;
using Participation.Modules;
using Participation.Navigation;
using Participation.Recipes;
using Participation.Users.Handlers;
using Participation.Users.Recipes;
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
        services.AddSingleton<SignInThrottle>();
        services.AddScoped<PasswordSignIn>();
        services.AddScoped<AccountDeletion>();
        services.AddSingleton<IPermissionProvider, Permissions>();
        services.AddSingleton<INavigationProvider, AdminMenu>();
        AddNationalLogin(services);
    }

    /// <summary>
    /// Sign-in through OpenID Connect providers set in the admin, a recipe or configuration: one
    /// scheme per provider key, listed by <see cref="NationalLoginSchemeProvider"/> from the saved
    /// settings and configured by <see cref="NationalLoginOptionsSetup"/>, so no restart is needed.
    /// </summary>
    private static void AddNationalLogin(IServiceCollection services)
    {
        services.AddSingleton<NationalLoginSchemes>();
        services.AddSingleton<IAuthenticationSchemeProvider, NationalLoginSchemeProvider>();
        services.AddSingleton<IConfigureOptions<OpenIdConnectOptions>, NationalLoginOptionsSetup>();
        // What AddOpenIdConnect would add, without a scheme of its own: metadata, state protection, the handler.
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IPostConfigureOptions<OpenIdConnectOptions>, OpenIdConnectPostConfigureOptions>());
        services.TryAddTransient<OpenIdConnectHandler>();
        services.AddScoped<NationalLoginSettingsStore>();
        services.AddSingleton<NationalIdentityHasher>();
        services.AddScoped<NationalIdentityBinding>();
        services.AddScoped<IUserClaimsPrincipalFactory<ParticipationUser>, VerifiedUserClaimsPrincipalFactory>();
        services.AddScoped<IUserDeletionHandler, NationalIdentityDeletion>();
        services.AddScoped<ISetupEventHandler, NationalIdentityKeySetup>();
        services.AddScoped<IRecipeStepHandler, NationalLoginStep>();
    }

    /// <summary>ASP.NET Core Identity on the suite's database and its cookie. Wrong passwords are slowed by <see cref="SignInThrottle"/>, not by Identity's lockout.</summary>
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
            .AddUserManager<ParticipationUserManager>()
            .AddDefaultTokenProviders();
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
        // Tickets opened recently are kept by their cookie's hash (CachedTicketFormat says why
        // that keeps the cookie's security): wraps the format the cookie handler's own
        // post-configuration made, which runs before this one.
        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme)
            .PostConfigure(o => o.TicketDataFormat = new CachedTicketFormat(o.TicketDataFormat, o.TimeProvider ?? TimeProvider.System));
        // Every request checks the cookie's security stamp (kept in memory, evicted when the account
        // is saved), so logout and a password change end a session at once; the full refresh of
        // roles and claims, and the cookie reissue it brings, stays once a minute.
        services.AddScoped<SessionStamps>();
        services.AddScoped<IAccountSummaries>(sp => sp.GetRequiredService<SessionStamps>());
        services.AddScoped<ISecurityStampValidator, SessionStampValidator>();
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(1));
    }
}
