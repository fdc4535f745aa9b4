using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;
using Participation.Data;

namespace Participation.Email.Services;

/// <summary>Chooses SMTP when a host is configured, else the pickup folder.</summary>
public sealed class MailTransport(IShellSettingsStore shell) : IMailTransport
{
    public async Task SendAsync(MimeMessage message, SmtpSettings smtp, CancellationToken cancellationToken)
    {
        if (!smtp.IsConfigured)
        {
            var folder = Path.Combine(shell.DataPath, "mail");
            Directory.CreateDirectory(folder);
            // Named by the Message-Id alone (it is the outbox message's), so a redelivery overwrites its file.
            var id = message.MessageId ?? throw new ArgumentException("The pickup folder names a message by its Message-Id, and this one has none.", nameof(message));
            var file = Path.Combine(folder, $"{id.Split('@')[0]}.eml");
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
