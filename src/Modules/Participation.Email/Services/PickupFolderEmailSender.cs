using Microsoft.Extensions.Logging;
using Participation.Data;

namespace Participation.Email.Services;

/// <summary>Writes each message as an .eml file in <c>{DataPath}/mail</c>, readable in any mail client.</summary>
public sealed class PickupFolderEmailSender(IShellSettingsStore shell, MimeMessageFactory factory, TimeProvider clock, ILogger<PickupFolderEmailSender> logger) : IEmailSender
{
    public async Task SendAsync(MailMessage message, CancellationToken cancellationToken = default)
    {
        var folder = Path.Combine(shell.DataPath, "mail");
        Directory.CreateDirectory(folder);
        var mime = factory.Create(message);
        var file = Path.Combine(folder, $"{clock.GetUtcNow():yyyyMMdd-HHmmss-fff}-{Guid.NewGuid():N}.eml");
        await mime.WriteToAsync(file, cancellationToken);
        logger.LogInformation("Email {Subject} to {Count} recipient(s) written to {File}", message.Subject, message.To.Count, file);
    }
}
