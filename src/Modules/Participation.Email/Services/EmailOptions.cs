namespace Participation.Email.Services;

/// <summary>
/// <c>Participation:Email</c> in configuration. SMTP set here is used unless the admin saved
/// SMTP settings of its own; with no SMTP host at all, mail goes to the pickup folder.
/// </summary>
public sealed class EmailOptions
{
    public string Sender { get; set; } = "no-reply@participation.local";
    public SmtpSettings Smtp { get; set; } = new();
    /// <summary>How often the dispatcher looks for due mail when nothing wakes it.</summary>
    public int PollMilliseconds { get; set; } = 5000;
    /// <summary>The wait after a first failure; it doubles after each further one.</summary>
    public double RetryBaseSeconds { get; set; } = 15;
    public int MaxAttempts { get; set; } = 12;
    /// <summary>
    /// How long a node's claim on a message lasts: if the node dies with it (kill -9, power), another
    /// node sends the message after this. A delivery is abandoned after a fifth of it (at most a minute).
    /// </summary>
    public int LeaseSeconds { get; set; } = 300;
}

public enum SmtpSecurity { Auto, None, StartTls, SslOnConnect }

public sealed class SmtpSettings
{
    public string Host { get; set; } = "";
    public int Port { get; set; } = 587;
    public SmtpSecurity Security { get; set; } = SmtpSecurity.Auto;
    public string UserName { get; set; } = "";
    /// <summary>Kept encrypted with ASP.NET Core data protection when saved from the admin.</summary>
    public string Password { get; set; } = "";
    public string Sender { get; set; } = "";

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Host);
}
