
namespace Participation.Email.Services;

/// <summary>Wakes the outbox dispatcher when mail is queued.</summary>
public sealed class OutboxSignal : Participation.Hosting.WakeSignal;
