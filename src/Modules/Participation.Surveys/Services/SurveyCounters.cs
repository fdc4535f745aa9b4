namespace Participation.Surveys.Services;

/// <summary>
/// The maintained counters' one definition: what the answers of some completed responses add to
/// <c>SurveyAnswerCounts</c> and <c>SurveyQuestionCounts</c>. The submit adds its response's
/// answers in its transaction; the migration and the benchmark's seeder add every completed
/// response's. The answers stored are exactly those that apply (an answer hidden by a condition
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
}
