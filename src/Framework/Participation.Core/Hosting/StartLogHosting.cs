using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Participation.Diagnostics;

namespace Participation.Hosting;

/// <summary>
/// The start log (<see cref="StartLog"/>): a mark between the hosted services, which the host
/// starts one after another before the server listens, so each one's share is the gap between the
/// marks around it; then the server listening and the first response.
/// </summary>
internal static class StartLogHosting
{
    public static IServiceCollection AddParticipationStartLog(this IServiceCollection services, StartLog log)
    {
        services.AddSingleton(log);
        var hosted = services.Where(d => d.ServiceType == typeof(IHostedService)).ToList();
        foreach (var descriptor in hosted) services.Remove(descriptor);
        services.Add(ServiceDescriptor.Singleton<IHostedService>(sp => new StartMark(log, sp)));
        foreach (var descriptor in hosted)
        {
            services.Add(descriptor);
            services.Add(ServiceDescriptor.Singleton<IHostedService>(sp => new StartMark(log, sp)));
        }
        return services;
    }

    /// <summary>First in the pipeline, so the first response is marked whatever answers it.</summary>
    public static WebApplication UseParticipationStartLog(this WebApplication app)
    {
        var log = app.Services.GetRequiredService<StartLog>();
        log.Attach(app.Services.GetRequiredService<ILoggerFactory>());
        app.Lifetime.ApplicationStarted.Register(() => log.Mark("server listening"));
        app.Use((context, next) =>
        {
            if (log.IsFirstResponse())
            {
                var response = context.Response;
                response.OnCompleted(() =>
                {
                    log.Mark($"first response ({response.StatusCode} to {context.Request.Path})");
                    return Task.CompletedTask;
                });
            }
            return next(context);
        });
        return app;
    }

    /// <summary>Marks the hosted service registered just before it as started (or, first of all, the hosted services starting).</summary>
    private sealed class StartMark(StartLog log, IServiceProvider services) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            var all = services.GetServices<IHostedService>().ToList();
            var index = all.IndexOf(this);
            log.Mark(index > 0 && all[index - 1] is not StartMark ? $"{all[index - 1].GetType().Name} started" : "hosted services starting");
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
