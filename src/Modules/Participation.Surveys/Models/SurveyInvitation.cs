namespace Participation.Surveys.Models;

/// <summary>
/// A recipient invited to a survey: their address and attributes from the uploaded file, and the
/// hash of their single-use token (the token itself is only in the email they were sent).
/// </summary>
public sealed class SurveyInvitation
{
    public long Id { get; set; }
    public string SurveyId { get; set; } = "";
    public string Email { get; set; } = "";
    /// <summary>The file's other columns, as JSON (for cross-tabs by attribute).</summary>
    public string? Attributes { get; set; }
    /// <summary>SHA-256 of the token, hex; null until the invitation is sent.</summary>
    public string? TokenHash { get; set; }
    public DateTime CreatedUtc { get; set; }
    public DateTime? SentUtc { get; set; }
    public DateTime? OptedOutUtc { get; set; }
    /// <summary>What the invitation is about: empty for a listed recipient, a request's reference number for the follow-up of its answer (one invitation per request).</summary>
    public string Subject { get; set; } = "";
    /// <summary>The department whose answer the follow-up survey rates; its responses count for it.</summary>
    public string? DepartmentKey { get; set; }
    /// <summary>How many reminders were sent; a reminder is claimed by raising it from the value read.</summary>
    public int RemindersSent { get; set; }
    public DateTime? RemindedUtc { get; set; }
}
