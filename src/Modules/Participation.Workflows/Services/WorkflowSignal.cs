namespace Participation.Workflows.Services;

/// <summary>Wakes the workflow processor when an event is stored.</summary>
public sealed class WorkflowSignal : Participation.Hosting.WakeSignal;

/// <summary><c>Participation:Workflows</c> in configuration.</summary>
public sealed class WorkflowOptions
{
    /// <summary>How often the processor looks for due timers and stored events.</summary>
    public int PollMilliseconds { get; set; } = 2000;
}
