namespace Participation.Email.Models;

public enum OutboxStatus { Pending, Sending, Sent, Failed }

/// <summary>
/// An email waiting to go, or gone. Every email is stored here first, in the same
/// transaction as whatever caused it, then delivered by <c>OutboxDispatcher</c>.
/// </summary>
public sealed class OutboxMessage
{
    public long Id { get; set; }
    /// <summary>Becomes the Message-Id header, so a receiver can tell a redelivery from a new message.</summary>
    public string MessageId { get; set; } = "";
    public string To { get; set; } = "";
    public string Cc { get; set; } = "";
    public string Bcc { get; set; } = "";
    public string? ReplyTo { get; set; }
    public string Subject { get; set; } = "";
    public string TextBody { get; set; } = "";
    public string? HtmlBody { get; set; }
    public string Culture { get; set; } = "ar";
    public OutboxStatus Status { get; set; }
    public int Attempts { get; set; }
    public DateTime NextAttemptUtc { get; set; }
    /// <summary>While Sending: after this, another dispatcher may take it over (the first one died).</summary>
    public DateTime? LockedUntilUtc { get; set; }
    public string? LastError { get; set; }
    public DateTime CreatedUtc { get; set; }
    public DateTime? SentUtc { get; set; }
    /// <summary>The sender's name for the email (<see cref="MailMessage.Reference"/>), for <c>IMailDeliveries</c>.</summary>
    public string? Reference { get; set; }

    public MailMessage ToMailMessage() => new()
    {
        To = Split(To), Cc = Split(Cc), Bcc = Split(Bcc), ReplyTo = ReplyTo,
        Subject = Subject, TextBody = TextBody, HtmlBody = HtmlBody, Culture = Culture,
    };

    public static string Join(IEnumerable<string> addresses) => string.Join(";", addresses);
    private static string[] Split(string addresses) => addresses.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}

/// <summary>How delivery is retried: longer waits after each failure, up to a limit.</summary>
public static class RetryBackoff
{
    /// <summary>The wait before attempt <paramref name="attempt"/> + 1: base × 2^(attempt−1), at most an hour.</summary>
    public static TimeSpan After(int attempt, TimeSpan baseDelay)
    {
        var factor = Math.Pow(2, Math.Clamp(attempt - 1, 0, 20));
        return TimeSpan.FromTicks((long)Math.Min(baseDelay.Ticks * factor, TimeSpan.FromHours(1).Ticks));
    }
}
