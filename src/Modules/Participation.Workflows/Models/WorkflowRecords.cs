namespace Participation.Workflows.Models;

/// <summary>A stored workflow type: its definition as JSON, versioned, enabled or not.</summary>
public sealed class WorkflowTypeRecord
{
    public long Id { get; set; }
    /// <summary>Stable id used by recipes and exports, e.g. <c>close-consultation</c>.</summary>
    public string WorkflowTypeId { get; set; } = "";
    public string Name { get; set; } = "";
    public bool IsEnabled { get; set; }
    public int Version { get; set; }
    /// <summary>The name of the start activity's event, for finding the types an event starts.</summary>
    public string StartEvent { get; set; } = "";
    public string Definition { get; set; } = "{}";
    public DateTime CreatedUtc { get; set; }
    public DateTime ModifiedUtc { get; set; }
}

public enum WorkflowEventStatus { Pending, Processing, Done }

/// <summary>An event waiting for the workflows, stored before anything runs so none is lost.</summary>
public sealed class WorkflowEventRecord
{
    public long Id { get; set; }
    public string Name { get; set; } = "";
    public string Input { get; set; } = "{}";
    public string? CorrelationId { get; set; }
    /// <summary>Set for timer events: only this workflow type and start activity run.</summary>
    public string? TargetWorkflowTypeId { get; set; }
    public string? TargetActivityId { get; set; }
    public WorkflowEventStatus Status { get; set; }
    public DateTime? LockedUntilUtc { get; set; }
    public DateTime CreatedUtc { get; set; }
    public DateTime? ProcessedUtc { get; set; }
}

public enum WorkflowStatus { Finished, Faulted }

/// <summary>One run of a workflow type for one event, with its steps.</summary>
public sealed class WorkflowInstance
{
    public long Id { get; set; }
    public string WorkflowTypeId { get; set; } = "";
    public int WorkflowTypeVersion { get; set; }
    /// <summary>The event that started it; a re-run has none. Unique with the type: an event runs a type once.</summary>
    public long? EventId { get; set; }
    public string EventName { get; set; } = "";
    public string Input { get; set; } = "{}";
    public string? CorrelationId { get; set; }
    public WorkflowStatus Status { get; set; }
    public string? Error { get; set; }
    /// <summary>The instance this one re-ran, if any.</summary>
    public long? RerunOfId { get; set; }
    public DateTime CreatedUtc { get; set; }
    public DateTime FinishedUtc { get; set; }
    public List<WorkflowStep> Steps { get; set; } = [];
}

public sealed class WorkflowStep
{
    public long Id { get; set; }
    public long WorkflowInstanceId { get; set; }
    public int Sequence { get; set; }
    public string ActivityId { get; set; } = "";
    public string ActivityName { get; set; } = "";
    public string? Outcome { get; set; }
    public string? Error { get; set; }
    public DateTime StartedUtc { get; set; }
    public DateTime FinishedUtc { get; set; }
}

public enum WorkflowTimerStatus { Pending, Fired, Cancelled }

/// <summary>
/// A due time, e.g. a consultation's closing date for the workflow that closes it. The
/// processor fires it once: a conditional update claims it as it stores its event.
/// </summary>
public sealed class WorkflowTimer
{
    public long Id { get; set; }
    public string EventName { get; set; } = "";
    public string? WorkflowTypeId { get; set; }
    public string? ActivityId { get; set; }
    public string? ContentItemId { get; set; }
    public string? CorrelationId { get; set; }
    public string Input { get; set; } = "{}";
    public DateTime DueUtc { get; set; }
    public WorkflowTimerStatus Status { get; set; }
    public DateTime? FiredUtc { get; set; }
    public DateTime CreatedUtc { get; set; }
}

/// <summary>A signed-in person following a content item (a consultation, a poll) to hear of its updates.</summary>
public sealed class ContentSubscription
{
    public long Id { get; set; }
    public string UserId { get; set; } = "";
    public string ContentItemId { get; set; } = "";
    public DateTime CreatedUtc { get; set; }
}
