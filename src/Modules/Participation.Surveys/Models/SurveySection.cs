namespace Participation.Surveys.Models;

/// <summary>A page of the survey; shown only when its <see cref="Condition"/> holds.</summary>
public sealed class SurveySection
{
    public string Id { get; set; } = "";
    public string TitleAr { get; set; } = "";
    public string TitleEn { get; set; } = "";
    public SurveyCondition? Condition { get; set; }
    public List<SurveyQuestion> Questions { get; set; } = [];

    public string Title(string culture) => Bilingual.Pick(culture, TitleAr, TitleEn);
}
