namespace Participation.Workflows.Services;

/// <summary>Wakes the workflow processor when an event is stored.</summary>
public sealed class WorkflowSignal : Participation.Hosting.WakeSignal;

/// <summary><c>Participation:Workflows</c> in configuration.</summary>
public sealed class WorkflowOptions
{
    /// <summary>How often the processor looks for due timers and stored events.</summary>
    public int PollMilliseconds { get; set; } = 2000;

    /// <summary>
    /// How long a node holds a stored event it claimed; if the node dies meanwhile, another
    /// takes the event over once this has passed (at least 5 s).
    /// </summary>
    public int LeaseSeconds { get; set; } = 300;
}
