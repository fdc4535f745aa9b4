using Participation.Requests.Models;

namespace Participation.Requests.Domain;

/// <summary>Which status may follow which, and what each does to the response clock.</summary>
public static class RequestStatusRules
{
    private static readonly Dictionary<RequestStatus, RequestStatus[]> Next = new()
    {
        [RequestStatus.Received] = [RequestStatus.Routed, RequestStatus.InProgress, RequestStatus.WaitingForParticipant, RequestStatus.Answered, RequestStatus.Closed],
        [RequestStatus.Routed] = [RequestStatus.InProgress, RequestStatus.WaitingForParticipant, RequestStatus.Answered, RequestStatus.Closed],
        [RequestStatus.InProgress] = [RequestStatus.WaitingForParticipant, RequestStatus.Answered, RequestStatus.Closed],
        [RequestStatus.WaitingForParticipant] = [RequestStatus.InProgress, RequestStatus.Answered, RequestStatus.Closed],
        [RequestStatus.Answered] = [RequestStatus.InProgress, RequestStatus.Closed],
        [RequestStatus.Closed] = [RequestStatus.InProgress],
    };

    public static IReadOnlyList<RequestStatus> Allowed(RequestStatus from) => Next[from];

    public static bool CanMove(RequestStatus from, RequestStatus to) => Next[from].Contains(to);

    /// <summary>The clock stops while the agency waits for the participant.</summary>
    public static bool StopsClock(RequestStatus status) => status == RequestStatus.WaitingForParticipant;

    /// <summary>An answer (or closing) ends the response clock.</summary>
    public static bool EndsClock(RequestStatus status) => status is RequestStatus.Answered or RequestStatus.Closed;
}
