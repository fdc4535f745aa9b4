using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Participation.Data;

namespace Participation.Hosting;

/// <summary>Wakes a <see cref="PollingBackgroundService"/> when new work is stored, so it need not wait for its next poll.</summary>
public class WakeSignal
{
    private readonly SemaphoreSlim _semaphore = new(0, 1);

    public void Wake()
    {
        if (_semaphore.CurrentCount == 0) try { _semaphore.Release(); } catch (SemaphoreFullException) { }
    }

    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => _semaphore.WaitAsync(timeout, cancellationToken);
}

/// <summary>
/// Works through stored rows (mail, events, timers) once the site is set up: runs
/// <see cref="RunOnceAsync"/> until it finds nothing, then sleeps until woken or the poll
/// interval passes. An error is logged and the loop goes on.
/// </summary>
public abstract class PollingBackgroundService(IShellSettingsStore shell, WakeSignal signal, ILogger logger) : BackgroundService
{
    protected abstract TimeSpan PollInterval { get; }

    /// <summary>Does what is due; returns how much it handled (0 when nothing was due).</summary>
    protected abstract Task<int> RunOnceAsync(CancellationToken cancellationToken);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (shell.IsRunning) while (await RunOnceAsync(stoppingToken) > 0) { }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "{Service} failed; it will try again", GetType().Name);
            }
            try { await signal.WaitAsync(PollInterval, stoppingToken); } catch (OperationCanceledException) { return; }
        }
    }
}
