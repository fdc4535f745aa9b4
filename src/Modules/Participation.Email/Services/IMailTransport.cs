using MimeKit;

namespace Participation.Email.Services;

/// <summary>Where the dispatcher hands a message: an SMTP server, or the pickup folder.</summary>
public interface IMailTransport
{
    Task SendAsync(MimeMessage message, SmtpSettings smtp, CancellationToken cancellationToken);
}
