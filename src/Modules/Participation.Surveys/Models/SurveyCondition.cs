namespace Participation.Surveys.Models;

/// <summary>Show a question or a section only when the answer to an earlier question is one of <see cref="Values"/>.</summary>
public sealed class SurveyCondition
{
    public string QuestionId { get; set; } = "";
    /// <summary>Option ids, scale values ("4"), or "yes"/"no".</summary>
    public List<string> Values { get; set; } = [];
}
