namespace Participation.Requests.Activities;

/// <summary>A suggestion, complaint or message was submitted.</summary>
public sealed class RequestSubmittedEvent : RequestEvent
{
    public override string DisplayText => "A request was submitted";
}
