namespace Participation.Requests.Activities;

/// <summary>A request's response time (business hours) ran out; raised by its timer.</summary>
public sealed class ResponseDeadlinePassedEvent : RequestEvent
{
    public override string DisplayText => "A request's response time ran out";
}
