namespace Participation.Surveys.Models;

/// <summary>A maintained counter: how many responses a survey has started and completed (the analysis' response rate without counting responses).</summary>
public sealed class SurveyResponseCount
{
    public string SurveyId { get; set; } = "";
    public long Started { get; set; }
    public long Completed { get; set; }
}
