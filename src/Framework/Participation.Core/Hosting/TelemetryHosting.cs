using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using Participation.Diagnostics;

namespace Participation.Hosting;

/// <summary>
/// OpenTelemetry, off by default (<c>Participation:Telemetry</c>): metrics of ASP.NET Core, the
/// HTTP client, the runtime and the <see cref="ParticipationMeter"/>, scraped at
/// <c>/metrics</c> by the addresses allowed (a 404 for anyone else) and pushed by OTLP when a
/// collector is named; traces of requests, EF Core commands and outgoing HTTP by OTLP.
/// </summary>
internal static class TelemetryHosting
{
    public const string ScrapePath = "/metrics";

    public static IServiceCollection AddParticipationTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection("Participation:Telemetry");
        services.AddOptions<TelemetryOptions>().Bind(section);
        var options = section.Get<TelemetryOptions>() ?? new TelemetryOptions();
        if (!options.Metrics && !options.Traces) return services;

        var telemetry = services.AddOpenTelemetry().ConfigureResource(r => r.AddService("participation"));
        var otlp = options.OtlpEndpoint is { Length: > 0 } endpoint ? new Uri(endpoint) : null;
        if (options.Metrics)
        {
            services.AddSingleton(new ScrapeAccess(options.ScrapeFrom));
            services.AddSingleton<GaugeSampling>();
            services.AddHostedService(sp => sp.GetRequiredService<GaugeSampling>());
            telemetry.WithMetrics(m =>
            {
                m.AddAspNetCoreInstrumentation().AddHttpClientInstrumentation().AddRuntimeInstrumentation()
                    .AddMeter(ParticipationMeter.Name).AddPrometheusExporter();
                if (otlp is not null) m.AddOtlpExporter(o => o.Endpoint = otlp);
            });
        }
        if (options.Traces)
        {
            telemetry.WithTracing(t => t
                .AddAspNetCoreInstrumentation(o => o.Filter = context => !context.Request.Path.StartsWithSegments(ScrapePath))
                .AddEntityFrameworkCoreInstrumentation().AddHttpClientInstrumentation()
                .AddOtlpExporter(o => { if (otlp is not null) o.Endpoint = otlp; }));
        }
        return services;
    }

    /// <summary>Right after the forwarded headers, so the scrape is allowed by the client's real address; the gauges sampled first.</summary>
    public static IApplicationBuilder UseParticipationMetrics(this IApplicationBuilder app)
    {
        if (app.ApplicationServices.GetService<ScrapeAccess>() is not { } access) return app;
        var sampling = app.ApplicationServices.GetRequiredService<GaugeSampling>();
        return app.UseOpenTelemetryPrometheusScrapingEndpoint(
            meterProvider: null,
            predicate: context => context.Request.Path == ScrapePath && access.Allows(context.Connection.RemoteIpAddress),
            path: null,
            configureBranchedPipeline: branch => branch.Use(async (context, next) =>
            {
                await sampling.SampleAsync(context.RequestAborted);
                await next(context);
            }),
            optionsName: null);
    }
}
