using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Participation.Data;

namespace Participation.Diagnostics;

/// <summary>
/// Samples the modules' database-backed gauges (<see cref="IGaugeSampler"/>): before each
/// scrape, so a scrape shows the backlog as it is, and every few seconds for an OTLP push. One
/// sample at a time; a sampler that fails or hangs is logged and skipped, its gauge keeps its
/// last value, and the scrape is answered all the same.
/// </summary>
public sealed class GaugeSampling(IEnumerable<IGaugeSampler> samplers, IShellSettingsStore shell, IOptions<TelemetryOptions> options, ILogger<GaugeSampling> logger) : BackgroundService
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);
    private readonly SemaphoreSlim _one = new(1, 1);

    public async Task SampleAsync(CancellationToken cancellationToken)
    {
        if (!shell.IsRunning) return;
        await _one.WaitAsync(cancellationToken);
        try
        {
            foreach (var sampler in samplers)
            {
                using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                timeout.CancelAfter(Timeout);
                try
                {
                    await sampler.SampleAsync(timeout.Token);
                }
                catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
                {
                    logger.LogWarning("Gauges of {Sampler} not sampled: {Error}", sampler.GetType().Name, ex.GetBaseException().Message);
                }
            }
        }
        finally
        {
            _one.Release();
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(Math.Max(1, options.Value.SampleSeconds)));
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken)) await SampleAsync(stoppingToken);
        }
        catch (OperationCanceledException) { }
    }
}
