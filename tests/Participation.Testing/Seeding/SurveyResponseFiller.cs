using System.Globalization;
using Participation.ContentManagement;
using Participation.Surveys.Domain;
using Participation.Surveys.Models;
using Participation.Surveys.Services;

namespace Participation.Testing.Seeding;

/// <summary>
/// Completed responses to the site's first open survey (the Surveys module's tables), from
/// anonymous browsers, each answering every question shown without a condition, the answers
/// stored as the answer form stores them (<c>AnswerRules</c>): options, scale values, Likert rows
/// and ranks with their number, texts. The values go round each question's range, so the
/// analysis has every option and value to count; the survey's counters (answers, started and completed) are added as the start and the submit add them.
/// </summary>
public sealed class SurveyResponseFiller : ITableFiller
{
    public string Name => "survey responses (SurveyResponses, SurveyAnswers, their counters)";

    public async Task<long> FillAsync(SeedContext context)
    {
        var count = context.Plan.SurveyResponses;
        if (count == 0) return 0;
        var survey = await ContentCopies.TemplateAsync(context, Participation.Surveys.ContentTypes.Survey, "Open");
        var sections = survey.As<SurveyPart>().Sections.Where(s => s.Condition is null).ToList();
        var questions = sections.SelectMany(s => s.Questions).Where(q => q.Condition is null).ToList();
        var perResponse = questions.Sum(Pieces);
        var firstId = await context.NextIdAsync("SurveyResponses");
        var run = context.NowUtc.Ticks.ToString("x", CultureInfo.InvariantCulture)[^6..];
        var rows = await context.InsertAsync("SurveyResponses", ["Id", "SurveyId", "RespondentKey", "SectionId", "StartedUtc", "CompletedUtc"], count, (i, v) =>
        {
            v[0] = firstId + i; v[1] = survey.ContentItemId; v[2] = $"b:seed-{run}-{i}"; v[3] = sections[^1].Id; v[4] = context.NowUtc.AddMinutes(-i - 5); v[5] = context.NowUtc.AddMinutes(-i);
        });
        await context.ResetIdentityAsync("SurveyResponses");
        rows += await context.InsertAsync("SurveyAnswers", ["ResponseId", "SurveyId", "QuestionId", "Choice", "Number", "Text"], (long)count * perResponse, (a, v) =>
        {
            var response = a / perResponse;
            var (question, piece) = PieceAt((int)(a % perResponse));
            var (choice, number, text) = Answer(question, piece, response, context.NowUtc);
            v[0] = firstId + response; v[1] = survey.ContentItemId; v[2] = question.Id; v[3] = choice; v[4] = number; v[5] = text;
        });
        // The counters the submit would have added, from the seeded answers.
        foreach (var sql in SurveyCounters.Add(FormattableString.Invariant($"a.\"ResponseId\" >= {firstId} AND a.\"ResponseId\" < {firstId + count}")))
            rows += await context.ExecuteAsync(sql);
        rows += await context.ExecuteAsync(SurveyCounters.AddResponses(FormattableString.Invariant($"r.\"Id\" >= {firstId} AND r.\"Id\" < {firstId + count}")));
        return rows;

        (SurveyQuestion Question, int Piece) PieceAt(int index)
        {
            foreach (var q in questions)
            {
                if (index < Pieces(q)) return (q, index);
                index -= Pieces(q);
            }
            throw new ArgumentOutOfRangeException(nameof(index));
        }
    }

    /// <summary>How many stored pieces an answer to <paramref name="q"/> has: one per Likert row or ranked option, else one.</summary>
    private static int Pieces(SurveyQuestion q) => q.Kind switch
    {
        QuestionKind.Likert => q.Rows.Count,
        QuestionKind.Ranking => q.Options.Count,
        _ => 1,
    };

    /// <summary>Piece <paramref name="piece"/> of response <paramref name="n"/>'s answer to <paramref name="q"/>: the key counted, its number, its text.</summary>
    private static (string Choice, double? Number, string? Text) Answer(SurveyQuestion q, int piece, long n, DateTime nowUtc)
    {
        string Invariant(long value) => value.ToString(CultureInfo.InvariantCulture);
        switch (q.Kind)
        {
            case QuestionKind.SingleChoice or QuestionKind.MultipleChoice:
                return (q.Options[(int)(n % q.Options.Count)].Id, null, null);
            case QuestionKind.Rating or QuestionKind.Nps or QuestionKind.Effort:
                var (low, high) = Scale.Of(q.Kind)!.Value;
                var score = low + n % (high - low + 1);
                return (Invariant(score), score, null);
            case QuestionKind.Likert:
                return (q.Rows[piece].Id, 1 + (n + piece) % 5, null);
            case QuestionKind.Ranking:
                // Ranks 1..count, a different one per option: a rotation by the response's number.
                return (q.Options[piece].Id, 1 + (n + piece) % q.Options.Count, null);
            case QuestionKind.Number:
                var number = Math.Min((long)(q.Min ?? 0) + n % 10, (long)(q.Max ?? long.MaxValue));
                return (Invariant(number), number, null);
            case QuestionKind.Date:
                return (nowUtc.AddDays(-(n % 30)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), null, null);
            case QuestionKind.YesNo:
                return (n % 2 == 0 ? "yes" : "no", null, null);
            default:
                return ("", null, $"إجابة مكتوبة رقم {n + 1}");
        }
    }
}
