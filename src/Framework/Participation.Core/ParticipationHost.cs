using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Participation.Caching;
using Participation.Hosting;
using Participation.Modules;

namespace Participation;

/// <summary>
/// The whole of the host: registers the framework services, concern by concern, then every
/// module's <see cref="StartupBase"/>; builds the request pipeline around the modules' routes.
/// </summary>
public static class ParticipationHost
{
    /// <param name="compiledModels">The EF models compiled for this host's modules (the web host holds them); without them, or when they were compiled from other model contributors, EF builds the model at start.</param>
    public static WebApplicationBuilder AddParticipation(this WebApplicationBuilder builder, IEnumerable<Data.CompiledDataModel>? compiledModels = null)
    {
        var startLog = new Diagnostics.StartLog();
        startLog.Mark("host building");
        var services = builder.Services;
        var catalog = ModuleCatalog.FromApplication();
        var startups = CreateStartups(catalog);
        services.AddSingleton<IModuleCatalog>(catalog);
        services.AddSingleton(startups);

        foreach (var compiled in compiledModels ?? []) services.AddSingleton(compiled);
        services.AddParticipationData()
            .AddParticipationContent()
            .AddParticipationSetup()
            // Before data protection's own start-up service loads the key ring: a joining node must
            // read the site's keys, not make one of its own that the other nodes do not know.
            .AddParticipationClusterJoin()
            .AddParticipationSecurity()
            .AddParticipationSecurityHeaders()
            .AddParticipationLocalization(builder.Configuration)
            .AddParticipationMvc(catalog)
            .AddParticipationOutputCache(builder.Configuration)
            .AddParticipationRateLimits(builder.Configuration)
            .AddParticipationHealth()
            .AddParticipationTransfer()
            .AddParticipationCluster(builder.Configuration)
            .AddParticipationTelemetry(builder.Configuration);

        foreach (var startup in startups) startup.ConfigureServices(services);
        // Last, so it sees every module's hosted services.
        services.AddParticipationStartLog(startLog);
        startLog.Mark("services registered");
        return builder;
    }

    public static WebApplication UseParticipation(this WebApplication app)
    {
        app.UseParticipationStartLog();
        // Behind a proxy, the client's address and scheme before anything reads them.
        app.UseParticipationForwardedHeaders();
        // Off unless configured; answered before anything else, to the allowed addresses only.
        app.UseParticipationMetrics();
        // First, so error pages and static files get the headers too.
        app.UseParticipationSecurityHeaders();
        app.UseParticipationCompression();
        app.UseHeadAsGet();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error/500");
            app.UseHsts();
        }
        // Localisation first, so error pages re-executed below keep the visitor's language.
        app.UseParticipationLocalization();
        app.UseStatusCodePagesWithReExecute("/error/{0}");
        app.UseParticipationStaticFiles();
        app.UseRouting();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseParticipationOutputCache();

        app.MapParticipationHealth();
        app.MapCultureSwitch();
        app.MapFormToken();
        foreach (var startup in app.Services.GetRequiredService<IReadOnlyList<StartupBase>>()) startup.Configure(app, app, app.Services);
        app.MapControllers();
        app.Services.GetRequiredService<Diagnostics.StartLog>().Mark("pipeline built");
        return app;
    }

    /// <summary>Every module's startups, in module dependency order, then by <see cref="StartupBase.Order"/>.</summary>
    private static IReadOnlyList<StartupBase> CreateStartups(IModuleCatalog catalog) => catalog.Modules
        .SelectMany((module, rank) => module.Assembly.GetTypes()
            .Where(t => typeof(StartupBase).IsAssignableFrom(t) && !t.IsAbstract)
            .Select(t => (Startup: (StartupBase)Activator.CreateInstance(t)!, Rank: rank)))
        .OrderBy(x => x.Rank).ThenBy(x => x.Startup.Order)
        .Select(x => x.Startup)
        .ToList();
}
