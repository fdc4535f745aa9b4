using Participation.Requests.Models;

namespace Participation.Requests.Domain;

/// <summary>
/// Whether a request may be shown as having led to a change, and with what summary: only a
/// suggestion, once answered; a summary of one line, short, and free of personal data (it is
/// published as it is written).
/// </summary>
public static class ChangeSummaryRules
{
    /// <summary>Null when the summary may be published, else why not (an English message key).</summary>
    public static string? Check(ServiceRequest request, string? summary, Func<string, bool> hasPersonalData)
    {
        if (request.Kind != RequestKind.Suggestion) return "Only a suggestion can be marked as having led to a change.";
        if (request.AnsweredUtc is null) return "Answer the suggestion before marking the change it led to.";
        if (string.IsNullOrWhiteSpace(summary)) return "Write the one-line public summary of the change.";
        var text = summary.Trim();
        if (text.Contains('\n') || text.Contains('\r')) return "Keep the summary to one line.";
        if (text.Length > RequestChange.SummaryLength) return "Keep the summary under 200 characters.";
        if (hasPersonalData(text)) return "The summary is published: leave out names, numbers and addresses of people.";
        return null;
    }
}
