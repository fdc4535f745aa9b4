namespace Participation.Email;

/// <summary>An email to send: text and HTML bodies, in the recipient's language.</summary>
public sealed record MailMessage
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
    /// <summary>
    /// The sender's own name for this email (at most <see cref="MaxReferenceLength"/> characters:
    /// <c>survey-invitation:42</c>), to ask <see cref="IMailDeliveries"/> later how its delivery went.
    /// Several emails may share one (an invitation and its reminders): the latest answers.
    /// </summary>
    public string? Reference { get; init; }

    public const int MaxReferenceLength = 200;
}

/// <summary>The one way modules send email (the workflows module makes it durable).</summary>
public interface IEmailSender
{
    Task SendAsync(MailMessage message, CancellationToken cancellationToken = default);
}
