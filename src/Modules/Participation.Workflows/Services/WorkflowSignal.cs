namespace Participation.Workflows.Services;

/// <summary>Wakes the processor when an event is stored, so it need not wait for its next poll.</summary>
public sealed class WorkflowSignal
{
    private readonly SemaphoreSlim _semaphore = new(0, 1);

    public void Wake()
    {
        if (_semaphore.CurrentCount == 0) try { _semaphore.Release(); } catch (SemaphoreFullException) { }
    }

    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => _semaphore.WaitAsync(timeout, cancellationToken);
}

/// <summary><c>Participation:Workflows</c> in configuration.</summary>
public sealed class WorkflowOptions
{
    /// <summary>How often the processor looks for due timers and stored events.</summary>
    public int PollMilliseconds { get; set; } = 2000;
}
