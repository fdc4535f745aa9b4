namespace Participation.Surveys.Services;

/// <summary>
/// What the analysis page counts: responses submitted from <see cref="From"/> to <see cref="To"/>
/// (Riyadh dates, both included) and, when <see cref="Question"/> is set, only those that gave
/// <see cref="Choice"/> to it. Empty: every completed response, read from the counters.
/// </summary>
public sealed record AnalysisFilter(DateOnly? From = null, DateOnly? To = null, string? Question = null, string? Choice = null)
{
    public bool IsEmpty => From is null && To is null && Question is null;

    /// <summary>The answer filter as the form's select gives it: the question's id, "=", the answer's key.</summary>
    public static (string? Question, string? Choice) ParseAnswer(string? answer)
        => answer?.Split('=', 2) is [var q, var c] && q.Length > 0 && c.Length > 0 ? (q, c) : (null, null);
}
