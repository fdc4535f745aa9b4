namespace Participation.Surveys.Models;

/// <summary>A maintained counter: how many completed responses answered a question (skipped or left empty is not answered).</summary>
public sealed class SurveyQuestionCount
{
    public string SurveyId { get; set; } = "";
    public string QuestionId { get; set; } = "";
    public long Answered { get; set; }
}
