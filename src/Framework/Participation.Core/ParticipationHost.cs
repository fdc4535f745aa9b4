using System.Globalization;
using System.Text.Json;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using System.Threading.RateLimiting;
using Microsoft.Extensions.WebEncoders;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.Extensions.Logging;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ApplicationParts;
using Microsoft.AspNetCore.Mvc.Razor;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Localization;
using Participation.Admin;
using Participation.ContentManagement;
using Participation.ContentManagement.Display;
using Participation.ContentManagement.Lifecycle;
using Participation.ContentManagement.Metadata;
using Participation.Data;
using Participation.Health;
using Participation.Html;
using Participation.Http;
using Participation.Localization;
using Participation.Modules;
using Participation.Mvc;
using Participation.Navigation;
using Participation.Recipes;
using Participation.Security;
using Participation.Settings;
using Participation.Setup;
using Participation.Shell;
using Participation.Users;

namespace Participation;

/// <summary>
/// The whole of the host: registers the framework services, then every module's
/// <see cref="StartupBase"/>; builds the request pipeline around the modules' routes.
/// </summary>
public static class ParticipationHost
{
    public static readonly CultureInfo[] SupportedCultures = [new("ar"), new("en")];

    public static WebApplicationBuilder AddParticipation(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var catalog = ModuleCatalog.FromApplication();
        var startups = CreateStartups(catalog);
        services.AddSingleton<IModuleCatalog>(catalog);
        services.AddSingleton(startups);

        // Where the site lives, and its database.
        services.AddSingleton<IShellSettingsStore, ShellSettingsStore>();
        services.AddDbContext<ParticipationDbContext>((sp, options) =>
        {
            var shell = sp.GetRequiredService<IShellSettingsStore>();
            DatabaseConfigurator.Configure(options, shell.Current, shell.DefaultSqliteConnectionString);
        }, ServiceLifetime.Scoped, ServiceLifetime.Scoped);
        services.AddScoped<IDataSession>(sp => sp.GetRequiredService<ParticipationDbContext>());
        services.AddScoped<DataMigrationRunner>();
        services.AddScoped<ISiteDocuments, SiteDocuments>();
        services.AddSingleton<DataMigration, CoreMigrations>();
        services.AddSingleton<DataMigration, IdentityMigrations>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddMemoryCache();

        // Content.
        services.AddSingleton<IContentDefinitionManager, ContentDefinitionManager>();
        services.AddScoped<IContentManager, ContentManager>();
        services.AddScoped<IContentItemDisplayManager, ContentItemDisplayManager>();
        services.AddScoped<IContentHandler, CommonPartsHandler>();
        services.AddScoped<IContentLifecycle, ContentLifecycle>();
        services.AddSingleton<MarkdownRenderer>();
        services.AddSingleton<IMarkdownRenderer>(sp => sp.GetRequiredService<MarkdownRenderer>());
        services.AddSingleton<IHtmlSanitizerService>(sp => sp.GetRequiredService<MarkdownRenderer>());

        // Recipes and settings.
        services.AddSingleton<IRecipeHarvester, RecipeHarvester>();
        services.AddScoped<IRecipeExecutor, RecipeExecutor>();
        services.AddScoped<ISiteService, SiteService>();
        services.AddScoped<IRecipeStepHandler, SettingsStep>();

        // People and what they may do.
        services.AddIdentity<ParticipationUser, ParticipationRole>(options =>
            {
                options.User.RequireUniqueEmail = true;
                options.SignIn.RequireConfirmedEmail = true;
                options.Lockout.MaxFailedAccessAttempts = builder.Configuration.GetValue("Participation:Lockout:MaxFailedAttempts", 5);
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(builder.Configuration.GetValue("Participation:Lockout:Minutes", 15));
                // Password rules are site settings, checked by the Users module's validator.
                options.Password = new PasswordOptions { RequiredLength = 1, RequiredUniqueChars = 1, RequireDigit = false, RequireLowercase = false, RequireUppercase = false, RequireNonAlphanumeric = false };
            })
            .AddEntityFrameworkStores<ParticipationDbContext>()
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
        // Role changes reach signed-in users within a minute.
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(1));
        services.AddAuthorization();
        services.AddScoped<IAuthorizationHandler, PermissionHandler>();
        services.AddScoped<RolePermissionStore>();
        services.AddScoped<IRolePermissions>(sp => sp.GetRequiredService<RolePermissionStore>());
        services.AddSingleton<PermissionCatalog>();
        services.AddSingleton<IPermissionCatalog>(sp => sp.GetRequiredService<PermissionCatalog>());
        services.AddScoped<DefaultRoles>();
        services.AddSingleton<ISetupService, SetupService>();
        services.AddScoped<INavigationManager, NavigationManager>();
        services.AddHttpContextAccessor();

        // Arabic first, English too, from PO files.
        services.AddSingleton<TranslationCatalog>();
        services.AddSingleton<IStringLocalizerFactory, PoStringLocalizerFactory>();
        services.AddSingleton<IDateDisplay>(new DateDisplay(DateDisplay.FindZone(builder.Configuration["Participation:TimeZone"] ?? "Asia/Riyadh")));
        services.Configure<RequestLocalizationOptions>(options =>
        {
            options.DefaultRequestCulture = new RequestCulture("ar");
            options.SupportedCultures = SupportedCultures;
            options.SupportedUICultures = SupportedCultures;
            options.RequestCultureProviders = [new QueryStringRequestCultureProvider(), new CookieRequestCultureProvider()];
        });

        // MVC with every module's controllers and compiled views.
        var mvc = services.AddControllersWithViews(options =>
            {
                options.Filters.Add(new AutoValidateAntiforgeryTokenAttribute());
                options.Filters.Add<AdminFilter>();
                // Required is said explicitly, with a message, where a field is required.
                options.SuppressImplicitRequiredAttributeForNonNullableReferenceTypes = true;
            })
            .AddViewLocalization()
            .AddDataAnnotationsLocalization();
        mvc.ConfigureApplicationPartManager(manager =>
        {
            foreach (var module in catalog.Modules)
            {
                if (manager.ApplicationParts.OfType<AssemblyPart>().Any(p => p.Assembly == module.Assembly)) continue;
                foreach (var part in ApplicationPartFactory.GetApplicationPartFactory(module.Assembly).GetApplicationParts(module.Assembly))
                    manager.ApplicationParts.Add(part);
            }
        });
        services.Configure<RazorViewEngineOptions>(o => o.ViewLocationExpanders.Add(new ModuleViewLocationExpander(catalog)));
        services.AddAntiforgery(o => o.Cookie.Name = ".Participation.Antiforgery");
        // Keys for cookies, antiforgery and stored secrets live with the site's data, so they survive restarts.
        services.AddDataProtection().SetApplicationName("Participation");
        services.AddOptions<KeyManagementOptions>().Configure<IShellSettingsStore, ILoggerFactory>((o, shell, logs) =>
            o.XmlRepository = new FileSystemXmlRepository(new DirectoryInfo(Path.Combine(shell.DataPath, "keys")), logs));
        // Arabic text goes into pages as itself, not as numeric character references.
        services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));

        services.AddRateLimiter(options =>
        {
            var permits = builder.Configuration.GetValue("Participation:RateLimits:PublicWritePermitLimit", 20);
            var window = TimeSpan.FromSeconds(builder.Configuration.GetValue("Participation:RateLimits:WindowSeconds", 60));
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddPolicy(RateLimitPolicies.PublicWrite, context =>
                // Only writes count; showing the form again is free.
                HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method)
                    ? RateLimitPartition.GetNoLimiter("read")
                    : RateLimitPartition.GetFixedWindowLimiter(context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                        _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = window, QueueLimit = 0 }));
            options.OnRejected = async (context, token) =>
            {
                var t = context.HttpContext.RequestServices.GetRequiredService<IStringLocalizerFactory>().Create(typeof(ParticipationHost));
                context.HttpContext.Response.ContentType = "text/plain; charset=utf-8";
                await context.HttpContext.Response.WriteAsync(t["Too many requests from your address. Please wait a minute and try again."], token);
            };
        });

        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database", tags: ["ready"]);

        services.AddScoped<Notify.INotifier, Notify.Notifier>();
        services.AddSingleton<Files.IFileStore, Files.LocalFileStore>();
        foreach (var startup in startups) startup.ConfigureServices(services);
        return builder;
    }

    public static WebApplication UseParticipation(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error/500");
            app.UseHsts();
        }
        // Localisation first, so error pages re-executed below keep the visitor's language.
        app.UseRequestLocalization();
        app.Use((context, next) =>
        {
            // ?culture=en in a link sticks, so the forms on that page answer in English too.
            if (context.Request.Query["culture"].ToString() is { Length: > 0 } culture) RememberCulture(context, culture);
            return next(context);
        });
        app.UseStatusCodePagesWithReExecute("/error/{0}");
        app.UseStaticFiles();
        app.UseRouting();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();

        app.MapHealthChecks("/health", new HealthCheckOptions
        {
            ResponseWriter = WriteHealthAsync,
            // Not set up yet is fine for a liveness probe; a broken database is not.
            ResultStatusCodes = { [HealthStatus.Healthy] = 200, [HealthStatus.Degraded] = 200, [HealthStatus.Unhealthy] = 503 },
        });

        // The language switch: a plain link, so it works without script and from the keyboard.
        app.MapGet("/culture", (HttpContext http, string culture, string? returnUrl) =>
        {
            RememberCulture(http, culture);
            return Results.LocalRedirect(returnUrl is { Length: > 0 } url && url.StartsWith('/') && !url.StartsWith("//") ? url : "/");
        });

        var startups = app.Services.GetRequiredService<IReadOnlyList<StartupBase>>();
        foreach (var startup in startups) startup.Configure(app, app, app.Services);
        app.MapControllers();
        return app;
    }

    private static void RememberCulture(HttpContext http, string culture)
    {
        if (!SupportedCultures.Any(c => c.Name == culture)) return;
        var value = CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture));
        if (http.Request.Cookies[CookieRequestCultureProvider.DefaultCookieName] == value) return;
        http.Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName, value,
            new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, SameSite = SameSiteMode.Lax, HttpOnly = true });
    }

    private static IReadOnlyList<StartupBase> CreateStartups(IModuleCatalog catalog) => catalog.Modules
        .SelectMany((module, rank) => module.Assembly.GetTypes()
            .Where(t => typeof(StartupBase).IsAssignableFrom(t) && !t.IsAbstract)
            .Select(t => (Startup: (StartupBase)Activator.CreateInstance(t)!, Rank: rank)))
        .OrderBy(x => x.Rank).ThenBy(x => x.Startup.Order)
        .Select(x => x.Startup)
        .ToList();

    private static Task WriteHealthAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        return context.Response.WriteAsync(JsonSerializer.Serialize(new
        {
            status = report.Status.ToString(),
            live = true,
            checks = report.Entries.ToDictionary(e => e.Key, e => new { status = e.Value.Status.ToString(), description = e.Value.Description }),
        }));
    }
}
