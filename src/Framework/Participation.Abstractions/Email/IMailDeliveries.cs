namespace Participation.Email;

public enum MailDeliveryStatus
{
    /// <summary>In the outbox: not tried yet, being sent, or to be tried again (<see cref="MailDelivery.Error"/> says why the last try failed).</summary>
    Queued,
    Sent,
    /// <summary>Given up: the server refused it for good, or every try failed (<see cref="MailDelivery.Error"/> says why).</summary>
    Failed,
}

/// <summary>How the latest email under a reference fared: never its content or addresses.</summary>
public sealed record MailDelivery(string Reference, MailDeliveryStatus Status, int Attempts, string? Error, DateTime? SentUtc);

/// <summary>
/// What became of emails sent with a <see cref="MailMessage.Reference"/>: the outbox's state as a
/// sender may see it, so a module shows its own recipients' failures without reading the outbox's
/// table. Implemented by the Email module.
/// </summary>
public interface IMailDeliveries
{
    /// <summary>The latest email of each reference asked for; a reference no email carries is absent.</summary>
    Task<IReadOnlyDictionary<string, MailDelivery>> LatestAsync(IReadOnlyCollection<string> references, CancellationToken cancellationToken = default);
}
