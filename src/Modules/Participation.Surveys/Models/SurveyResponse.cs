namespace Participation.Surveys.Models;

/// <summary>
/// One respondent's response to one survey, saved section by section. The unique (survey,
/// respondent) key makes "one response each" the database's rule: two tabs write into the same
/// row, and only the first submit completes it.
/// </summary>
public sealed class SurveyResponse
{
    public long Id { get; set; }
    public string SurveyId { get; set; } = "";
    /// <summary><c>u:</c> and a user id, or <c>b:</c> and an anonymous browser's random id.</summary>
    public string RespondentKey { get; set; } = "";
    /// <summary>The section to resume at.</summary>
    public string SectionId { get; set; } = "";
    public DateTime StartedUtc { get; set; }
    public DateTime? CompletedUtc { get; set; }
    /// <summary>The department a follow-up survey's response rates (from its invitation), for satisfaction per department.</summary>
    public string? DepartmentKey { get; set; }
}
