namespace Participation.Surveys.Models;

/// <summary>An option of a choice or ranking question, or a row of a Likert matrix.</summary>
public sealed class SurveyChoice
{
    /// <summary>Stable across edits: answers and conditions refer to it.</summary>
    public string Id { get; set; } = "";
    public string TextAr { get; set; } = "";
    public string TextEn { get; set; } = "";

    public string Text(string culture) => Bilingual.Pick(culture, TextAr, TextEn);
}
