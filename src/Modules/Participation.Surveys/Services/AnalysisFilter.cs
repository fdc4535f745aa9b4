namespace Participation.Surveys.Services;

/// <summary>
/// What the analysis page counts: responses submitted from <see cref="From"/> to <see cref="To"/>
/// (Riyadh dates, both included) and, when <see cref="Question"/> is set, only those that gave
/// <see cref="Choice"/> to it; when <see cref="Group"/> is set, only its respondents (a recipient
/// attribute's value, or a service). Empty: every completed response, read from the counters.
/// </summary>
public sealed record AnalysisFilter(DateOnly? From = null, DateOnly? To = null, string? Question = null, string? Choice = null, RespondentGroup? Group = null)
{
    public bool IsEmpty => From is null && To is null && Question is null && Group is null;

    /// <summary>The filter as the analysis form's query string, to carry it to the pages it links to.</summary>
    public string Query => string.Join("&", new[]
    {
        From is { } f ? "from=" + f.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : null,
        To is { } t ? "to=" + t.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : null,
        Question is not null ? "answer=" + Uri.EscapeDataString(Question + "=" + Choice) : null,
        Group is not null ? "group=" + Uri.EscapeDataString(Group.Query) : null,
    }.Where(p => p is not null));

    /// <summary>The answer filter as the form's select gives it: the question's id, "=", the answer's key.</summary>
    public static (string? Question, string? Choice) ParseAnswer(string? answer)
        => answer?.Split('=', 2) is [var q, var c] && q.Length > 0 && c.Length > 0 ? (q, c) : (null, null);
}
