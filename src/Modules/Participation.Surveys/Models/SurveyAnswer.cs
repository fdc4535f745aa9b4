namespace Participation.Surveys.Models;

/// <summary>A piece of an answer as stored: what analysis groups by (see <c>Domain/AnswerValue</c>).</summary>
public sealed class SurveyAnswer
{
    public long Id { get; set; }
    public long ResponseId { get; set; }
    /// <summary>The response's survey, so figures group without a join.</summary>
    public string SurveyId { get; set; } = "";
    public string QuestionId { get; set; } = "";
    public string Choice { get; set; } = "";
    public double? Number { get; set; }
    public string? Text { get; set; }
}
