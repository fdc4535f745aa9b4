using MimeKit;

namespace Participation.Testing;

/// <summary>Who a message was handed to: the SMTP envelope, or for the pickup folder its address headers.</summary>
public sealed record Envelope(string? From, string[] To, string? User);

/// <summary>One email as a test finds it, with whom it went to (Bcc included).</summary>
public sealed record ReceivedMail(MimeMessage Message, Envelope Envelope)
{
    public string Subject => Message.Subject ?? "";

    public bool IsFor(string address) => Envelope.To.Contains(address, StringComparer.OrdinalIgnoreCase);
}
