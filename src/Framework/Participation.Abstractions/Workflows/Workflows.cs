namespace Participation.Workflows;

/// <summary>The names of the events the suite raises; workflow types start on them.</summary>
public static class WorkflowEventNames
{
    public const string ContentCreated = "ContentCreatedEvent";
    public const string ContentPublished = "ContentPublishedEvent";
    public const string ContentUnpublished = "ContentUnpublishedEvent";
    public const string ContentStageChanged = "ContentStageChangedEvent";
    public const string ContentDateReached = "ContentDateTimerEvent";
    /// <summary>A suggestion, complaint or message was submitted (the requests module).</summary>
    public const string RequestSubmitted = "RequestSubmittedEvent";
    public const string RequestStatusChanged = "RequestStatusChangedEvent";
    /// <summary>A request's response time (business hours) ran out.</summary>
    public const string ResponseDeadlinePassed = "ResponseDeadlinePassedEvent";
}

/// <summary>
/// Raises an event for the workflows: the event is stored first and run by the workflow
/// processor, so an acknowledged change never loses its follow-up.
/// </summary>
public interface IWorkflowTrigger
{
    /// <param name="input">Values the workflow reads as <c>Input.*</c> in its templates; a content item as <c>ContentItemId</c>.</param>
    Task TriggerAsync(string eventName, IReadOnlyDictionary<string, object?> input, string? correlationId = null);
}

/// <summary>Who took part in a content item (commented, voted, contributed), for "email the participants".</summary>
public interface IParticipantProvider
{
    Task<IReadOnlyList<Participant>> GetParticipantsAsync(string contentItemId);
}

/// <summary>A person to write to, in their language.</summary>
public sealed record Participant(string Email, string Name, string Culture);

/// <summary>
/// Due times that raise an event when they pass — a request's response deadline. One pending
/// timer per (event, key): scheduling again moves it, cancelling drops it. Stored in the
/// caller's transaction; fired once even with two nodes.
/// </summary>
public interface IWorkflowTimers
{
    Task ScheduleAsync(string eventName, string key, DateTime dueUtc, IReadOnlyDictionary<string, object?> input);
    Task CancelAsync(string eventName, string key);
}
