using System.Globalization;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Participation.ContentManagement;
using Participation.Data;
using Participation.Surveys.Domain;
using Participation.Surveys.Models;

namespace Participation.Surveys.Services;

/// <summary>
/// A survey's completed responses as a table: a row per response (its number and when it was
/// submitted), a column per question, in the survey's order. Choices are written as their
/// Arabic text, several joined by "; ", Likert rows and ranks as "row: value". Nothing of the
/// respondent — account, browser, address or invitation attributes — is written. The answers
/// stream from the database ordered by response, one response held at a time.
/// </summary>
public sealed class SurveyExport(IDataSession session)
{
    public static IReadOnlyList<string> Header(SurveyPart part)
        => ["response", "submitted_utc", .. part.Questions.Select(q => $"{q.Id} {q.TextAr}".Trim())];

    public async IAsyncEnumerable<IReadOnlyList<string?>> RowsAsync(ContentItem survey, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var part = survey.As<SurveyPart>();
        var questions = part.Questions.ToList();
        var column = questions.Select((q, i) => (q.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        var id = survey.ContentItemId;
        var answers = from a in session.Set<SurveyAnswer>().AsNoTracking()
                      join r in session.Set<SurveyResponse>() on a.ResponseId equals r.Id
                      where r.SurveyId == id && r.CompletedUtc != null
                      orderby r.Id, a.Id
                      select new { r.Id, r.CompletedUtc, a.QuestionId, a.Choice, a.Number, a.Text };
        long current = 0, number = 0;
        DateTime? completed = null;
        var cells = new List<string>?[questions.Count];
        await foreach (var answer in answers.AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            if (answer.Id != current)
            {
                if (current != 0) yield return Row(++number, completed, cells);
                current = answer.Id;
                completed = answer.CompletedUtc;
                cells = new List<string>?[questions.Count];
            }
            if (!column.TryGetValue(answer.QuestionId, out var at)) continue;
            (cells[at] ??= []).Add(Cell(questions[at], answer.Choice, answer.Number, answer.Text));
        }
        if (current != 0) yield return Row(++number, completed, cells);
    }

    private static string?[] Row(long number, DateTime? completed, List<string>?[] cells)
        => [number.ToString(CultureInfo.InvariantCulture), completed?.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture), .. cells.Select(c => c is null ? null : string.Join("; ", c))];

    private static string Cell(SurveyQuestion q, string choice, double? number, string? text)
    {
        string Label(IEnumerable<SurveyChoice> options) => options.FirstOrDefault(o => o.Id == choice)?.TextAr ?? choice;
        var value = number?.ToString("0.##", CultureInfo.InvariantCulture);
        return q.Kind switch
        {
            QuestionKind.Likert => $"{Label(q.Rows)}: {value}",
            QuestionKind.Ranking => $"{Label(q.Options)}: {value}",
            QuestionKind.SingleChoice or QuestionKind.MultipleChoice when choice == AnswerValue.Other => $"{choice}: {text}",
            QuestionKind.SingleChoice or QuestionKind.MultipleChoice => Label(q.Options),
            QuestionKind.ShortText or QuestionKind.LongText => text ?? "",
            _ => value ?? (string.IsNullOrEmpty(text) ? choice : text),
        };
    }
}
