namespace Participation.Surveys;

/// <summary>
/// One department's satisfaction with its answers: how many rated the answer (1–5) in the
/// follow-up survey, how many of them were satisfied (4 or 5: CSAT) and the mean rating.
/// </summary>
public sealed record AnswerSatisfaction(string DepartmentKey, int Responses, int Satisfied, double? AverageRating)
{
    /// <summary>CSAT: the share of 4–5 ratings, in percent (null without a response).</summary>
    public double? SatisfiedPercent => Responses == 0 ? null : Math.Round(100.0 * Satisfied / Responses, 1);
}
