namespace Participation.Surveys.Models;

public sealed class SurveyQuestion
{
    public string Id { get; set; } = "";
    public QuestionKind Kind { get; set; }
    public string TextAr { get; set; } = "";
    public string TextEn { get; set; } = "";
    public string HelpAr { get; set; } = "";
    public string HelpEn { get; set; } = "";
    public bool Required { get; set; }
    /// <summary>Options of choice and ranking questions.</summary>
    public List<SurveyChoice> Options { get; set; } = [];
    /// <summary>Multiple choice: at most this many (0: no limit).</summary>
    public int MaxChoices { get; set; }
    /// <summary>Multiple choice: an "other" option with its own text.</summary>
    public bool AllowOther { get; set; }
    /// <summary>Rows of a Likert matrix.</summary>
    public List<SurveyChoice> Rows { get; set; } = [];
    /// <summary>Number questions: the accepted range.</summary>
    public decimal? Min { get; set; }
    public decimal? Max { get; set; }
    public SurveyCondition? Condition { get; set; }

    public string Text(string culture) => Bilingual.Pick(culture, TextAr, TextEn);
    public string Help(string culture) => Bilingual.Pick(culture, HelpAr, HelpEn);
}
