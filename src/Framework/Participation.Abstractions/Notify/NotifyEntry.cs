namespace Participation.Notify;

/// <summary>A notice for the person who acted, already in their language.</summary>
public sealed record NotifyEntry(NotifyType Type, string Message);
