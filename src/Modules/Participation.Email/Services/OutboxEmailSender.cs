using System.Net.Mail;
using Participation.Data;
using Participation.Email.Models;

namespace Participation.Email.Services;

/// <summary>
/// Sending an email means storing it in the outbox (inside the caller's transaction when
/// there is one); the dispatcher delivers it. So an SMTP outage delays mail but loses none.
/// </summary>
public sealed class OutboxEmailSender(IDataSession session, OutboxSignal signal, TimeProvider clock) : IEmailSender
{
    public async Task SendAsync(Participation.Email.MailMessage message, CancellationToken cancellationToken = default)
    {
        foreach (var address in message.To.Concat(message.Cc).Concat(message.Bcc))
        {
            if (!MailAddress.TryCreate(address, out _)) throw new ArgumentException($"'{address}' is not an email address.", nameof(message));
        }
        if (message.Reference is { Length: > Participation.Email.MailMessage.MaxReferenceLength }) throw new ArgumentException($"An email's reference has at most {Participation.Email.MailMessage.MaxReferenceLength} characters.", nameof(message));
        var now = clock.GetUtcNow().UtcDateTime;
        session.Set<OutboxMessage>().Add(new OutboxMessage
        {
            MessageId = $"{Guid.NewGuid():N}@participation",
            To = OutboxMessage.Join(message.To),
            Cc = OutboxMessage.Join(message.Cc),
            Bcc = OutboxMessage.Join(message.Bcc),
            ReplyTo = message.ReplyTo,
            Subject = message.Subject,
            TextBody = message.TextBody,
            HtmlBody = message.HtmlBody,
            Culture = message.Culture,
            Reference = message.Reference,
            Status = OutboxStatus.Pending,
            NextAttemptUtc = now,
            CreatedUtc = now,
        });
        await session.SaveChangesAsync(cancellationToken);
        signal.Wake();
    }
}
