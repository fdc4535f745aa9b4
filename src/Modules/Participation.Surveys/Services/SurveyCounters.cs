namespace Participation.Surveys.Services;

/// <summary>
/// The maintained counters' one definition: what the answers of some completed responses add to
/// <c>SurveyAnswerCounts</c> and <c>SurveyQuestionCounts</c>, and responses to
/// <c>SurveyResponseCounts</c> (started, completed). The start and the submit add theirs in
/// their transaction; the migrations and the benchmark's seeder add every response's. The answers stored are exactly those that apply (an answer hidden by a condition
/// is dropped when it is hidden), so the counters need no knowledge of conditions.
/// </summary>
public static class SurveyCounters
{
    /// <summary>The upserts, for the answers that <paramref name="answersWhere"/> (over <c>a</c>, the answers) selects.</summary>
    public static string[] Add(string answersWhere) =>
    [
        // Ordered by key, so two submits on PostgreSQL lock counter rows in the same order and never deadlock.
        "INSERT INTO \"SurveyAnswerCounts\" (\"SurveyId\", \"QuestionId\", \"Choice\", \"Number\", \"Count\")"
            + " SELECT a.\"SurveyId\", a.\"QuestionId\", a.\"Choice\", COALESCE(a.\"Number\", 0), COUNT(*) FROM \"SurveyAnswers\" a"
            + $" WHERE {answersWhere} GROUP BY a.\"SurveyId\", a.\"QuestionId\", a.\"Choice\", COALESCE(a.\"Number\", 0)"
            + " ORDER BY a.\"SurveyId\", a.\"QuestionId\", a.\"Choice\", COALESCE(a.\"Number\", 0)"
            + " ON CONFLICT (\"SurveyId\", \"QuestionId\", \"Choice\", \"Number\") DO UPDATE SET \"Count\" = \"SurveyAnswerCounts\".\"Count\" + excluded.\"Count\"",
        "INSERT INTO \"SurveyQuestionCounts\" (\"SurveyId\", \"QuestionId\", \"Answered\")"
            + " SELECT a.\"SurveyId\", a.\"QuestionId\", COUNT(DISTINCT a.\"ResponseId\") FROM \"SurveyAnswers\" a"
            + $" WHERE {answersWhere} GROUP BY a.\"SurveyId\", a.\"QuestionId\" ORDER BY a.\"SurveyId\", a.\"QuestionId\""
            + " ON CONFLICT (\"SurveyId\", \"QuestionId\") DO UPDATE SET \"Answered\" = \"SurveyQuestionCounts\".\"Answered\" + excluded.\"Answered\"",
    ];

    /// <summary>Every completed response's answers: the migration's and the seeder's filter.</summary>
    public const string CompletedAnswers = "a.\"ResponseId\" IN (SELECT r.\"Id\" FROM \"SurveyResponses\" r WHERE r.\"CompletedUtc\" IS NOT NULL)";

    private const string ResponseCountsUpsert = " ON CONFLICT (\"SurveyId\") DO UPDATE SET \"Started\" = \"SurveyResponseCounts\".\"Started\" + excluded.\"Started\","
        + " \"Completed\" = \"SurveyResponseCounts\".\"Completed\" + excluded.\"Completed\"";

    /// <summary>Adds {1} started and {2} completed responses to survey {0}: the start adds (1, 0), the submit (0, 1).</summary>
    public const string AddResponse = "INSERT INTO \"SurveyResponseCounts\" (\"SurveyId\", \"Started\", \"Completed\") VALUES ({0}, {1}, {2})" + ResponseCountsUpsert;

    /// <summary>Adds the responses that <paramref name="responsesWhere"/> (over <c>r</c>, the responses) selects, per survey: the migration's and the seeder's.</summary>
    public static string AddResponses(string responsesWhere)
        => "INSERT INTO \"SurveyResponseCounts\" (\"SurveyId\", \"Started\", \"Completed\")"
            + $" SELECT r.\"SurveyId\", COUNT(*), COUNT(r.\"CompletedUtc\") FROM \"SurveyResponses\" r WHERE {responsesWhere} GROUP BY r.\"SurveyId\" ORDER BY r.\"SurveyId\""
            + ResponseCountsUpsert;
}
