namespace Participation.Requests.Models;

/// <summary>
/// A suggestion that led to a change, as an officer recorded it: a one-line public summary (the
/// agency's words, never the participant's), shown on the results page. One per request.
/// </summary>
public sealed class RequestChange
{
    public const int SummaryLength = 200;

    public long RequestId { get; set; }
    public string Summary { get; set; } = "";
    public DateTime MarkedUtc { get; set; }
    public string? MarkedByUserId { get; set; }
}
