namespace Participation.Surveys.Models;

/// <summary>
/// One attribute of an invited recipient (a column of the uploaded file besides the address), a row
/// each so that the analysis filters and cross-tabulates by it with a GROUP BY. Keyed by the
/// respondent key their response will carry, so a response finds its attributes by the
/// (survey, respondent) key it already has. The invitation keeps the JSON too, as uploaded.
/// </summary>
public sealed class SurveyRecipientAttribute
{
    public string SurveyId { get; set; } = "";
    /// <summary>The invitation's response key (<c>t:</c> and its id).</summary>
    public string RespondentKey { get; set; } = "";
    /// <summary>The column's header as in the file; a column named "service" in any case is kept as <see cref="Domain.RespondentService.AttributeName"/>.</summary>
    public string Name { get; set; } = "";
    public string Value { get; set; } = "";

    /// <summary>
    /// The rows of one recipient's columns: names and values trimmed and cut to the columns' length,
    /// an empty value left out (it groups nobody), the service column under its one name, one row a name.
    /// </summary>
    public static IEnumerable<SurveyRecipientAttribute> Of(string surveyId, string respondentKey, IReadOnlyDictionary<string, string> attributes)
        => attributes.Where(a => a.Key.Trim().Length > 0 && a.Value.Trim().Length > 0)
            .Select(a => (Name: Domain.RespondentService.IsServiceColumn(a.Key) ? Domain.RespondentService.AttributeName : Cut(a.Key.Trim(), 64), Value: Cut(a.Value.Trim(), 400)))
            .DistinctBy(a => a.Name)
            .Select(a => new SurveyRecipientAttribute { SurveyId = surveyId, RespondentKey = respondentKey, Name = a.Name, Value = a.Value });

    private static string Cut(string s, int length) => s.Length <= length ? s : s[..length];
}
