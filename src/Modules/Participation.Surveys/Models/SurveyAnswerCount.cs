namespace Participation.Surveys.Models;

/// <summary>
/// A maintained counter: how many completed responses stored this piece of an answer (a choice,
/// a value, a Likert row or ranked option with its number). Added to in the submit's transaction,
/// so the analysis reads a survey's figures without touching its answers.
/// </summary>
public sealed class SurveyAnswerCount
{
    public string SurveyId { get; set; } = "";
    public string QuestionId { get; set; } = "";
    public string Choice { get; set; } = "";
    /// <summary>The answer's number, 0 when it has none (a key column cannot be null).</summary>
    public double Number { get; set; }
    public long Count { get; set; }
}
