namespace Participation.Email;

/// <summary>An email to send: text and HTML bodies, in the recipient's language.</summary>
public sealed class MailMessage
{
    public required IReadOnlyList<string> To { get; init; }
    public IReadOnlyList<string> Cc { get; init; } = [];
    public IReadOnlyList<string> Bcc { get; init; } = [];
    public string? ReplyTo { get; init; }
    public required string Subject { get; init; }
    public required string TextBody { get; init; }
    public string? HtmlBody { get; init; }
    /// <summary>"ar" makes the HTML part right-to-left.</summary>
    public string Culture { get; init; } = "ar";
}

/// <summary>The one way modules send email (the workflows module makes it durable).</summary>
public interface IEmailSender
{
    Task SendAsync(MailMessage message, CancellationToken cancellationToken = default);
}
