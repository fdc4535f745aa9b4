namespace Participation.Workflows;

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
