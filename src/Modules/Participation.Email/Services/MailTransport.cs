using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;
using Participation.Data;

namespace Participation.Email.Services;

/// <summary>Where the dispatcher hands a message: an SMTP server, or the pickup folder.</summary>
public interface IMailTransport
{
    Task SendAsync(MimeMessage message, SmtpSettings smtp, CancellationToken cancellationToken);
}

/// <summary>Chooses SMTP when a host is configured, else the pickup folder.</summary>
public sealed class MailTransport(IShellSettingsStore shell) : IMailTransport
{
    public async Task SendAsync(MimeMessage message, SmtpSettings smtp, CancellationToken cancellationToken)
    {
        if (!smtp.IsConfigured)
        {
            var folder = Path.Combine(shell.DataPath, "mail");
            Directory.CreateDirectory(folder);
            // Named by time then Message-Id: sorted names are sending order, and a redelivery overwrites.
            var file = Path.Combine(folder, $"{DateTime.UtcNow:yyyyMMdd-HHmmss-fffffff}-{(message.MessageId ?? Guid.NewGuid().ToString("N")).Split('@')[0]}.eml");
            // Written aside then renamed, so a reader never sees half a message.
            await message.WriteToAsync(file + ".tmp", cancellationToken);
            File.Move(file + ".tmp", file, overwrite: true);
            return;
        }
        using var client = new SmtpClient { Timeout = 30_000 };
        await client.ConnectAsync(smtp.Host, smtp.Port, smtp.Security switch
        {
            SmtpSecurity.None => SecureSocketOptions.None,
            SmtpSecurity.StartTls => SecureSocketOptions.StartTls,
            SmtpSecurity.SslOnConnect => SecureSocketOptions.SslOnConnect,
            _ => SecureSocketOptions.StartTlsWhenAvailable,
        }, cancellationToken);
        if (!string.IsNullOrEmpty(smtp.UserName)) await client.AuthenticateAsync(smtp.UserName, smtp.Password, cancellationToken);
        await client.SendAsync(message, cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
    }
}
