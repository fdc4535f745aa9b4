using System.Globalization;
using Participation.Surveys.Models;

namespace Participation.Surveys.Domain;

/// <summary>
/// Reads one question's answer from the posted fields and says what is wrong with it. Fields:
/// <c>q-{id}</c> (the chosen keys, the text, the number or the date), <c>q-{id}-other</c> (the
/// "other" text), <c>q-{id}-{row}</c> (a Likert row's value, an option's rank).
/// </summary>
public static class AnswerRules
{
    public const int MaxTextLength = 4000;

    public static string Field(SurveyQuestion question, string? row = null) => row is null ? "q-" + question.Id : $"q-{question.Id}-{row}";

    public static (IReadOnlyList<AnswerValue> Values, AnswerProblem? Problem) Read(SurveyQuestion q, Func<string, IReadOnlyList<string>> form)
    {
        string One(string field) => form(field).FirstOrDefault(v => !string.IsNullOrWhiteSpace(v))?.Trim() ?? "";
        var values = new List<AnswerValue>();
        AnswerProblem? problem = null;
        var main = One(Field(q));
        switch (q.Kind)
        {
            case QuestionKind.SingleChoice:
                if (main.Length > 0 && q.Options.All(o => o.Id != main)) problem = new("Choose one of the options given.");
                else if (main.Length > 0) values.Add(new(main));
                break;
            case QuestionKind.MultipleChoice:
                var chosen = form(Field(q)).Where(v => !string.IsNullOrWhiteSpace(v)).Distinct().ToList();
                var other = One(Field(q, AnswerValue.Other));
                if (chosen.Any(c => c != AnswerValue.Other && q.Options.All(o => o.Id != c)) || (chosen.Contains(AnswerValue.Other) && !q.AllowOther)) problem = new("Choose among the options given.");
                else if (q.MaxChoices > 0 && chosen.Count > q.MaxChoices) problem = new("Choose at most {0} options.", q.MaxChoices);
                else if (chosen.Contains(AnswerValue.Other) && other.Length == 0) problem = new("Say what “other” is.");
                else if (other.Length > MaxTextLength) problem = new("At most {0} characters.", MaxTextLength);
                else values.AddRange(chosen.Select(c => c == AnswerValue.Other ? new AnswerValue(c, null, other) : new AnswerValue(c)));
                break;
            case QuestionKind.Rating or QuestionKind.Nps or QuestionKind.Effort:
                var (low, high) = Scale.Of(q.Kind)!.Value;
                if (main.Length == 0) break;
                if (!int.TryParse(main, NumberStyles.None, CultureInfo.InvariantCulture, out var score) || score < low || score > high) problem = new("Choose a value from {0} to {1}.", low, high);
                else values.Add(new(score.ToString(CultureInfo.InvariantCulture), score));
                break;
            case QuestionKind.Likert:
                foreach (var row in q.Rows)
                {
                    var given = One(Field(q, row.Id));
                    if (given.Length == 0) continue;
                    if (!int.TryParse(given, NumberStyles.None, CultureInfo.InvariantCulture, out var level) || level < 1 || level > 5) { problem = new("Choose a value from {0} to {1}.", 1, 5); break; }
                    values.Add(new(row.Id, level));
                }
                if (problem is null && q.Required && values.Count > 0 && values.Count < q.Rows.Count) problem = new("Answer every row.");
                break;
            case QuestionKind.Ranking:
                foreach (var option in q.Options)
                {
                    var given = One(Field(q, option.Id));
                    if (given.Length == 0) continue;
                    if (!int.TryParse(given, NumberStyles.None, CultureInfo.InvariantCulture, out var rank) || rank < 1 || rank > q.Options.Count) { problem = new("Give each option a rank from {0} to {1}.", 1, q.Options.Count); break; }
                    values.Add(new(option.Id, rank));
                }
                if (problem is null && values.Select(v => v.Number).Distinct().Count() != values.Count) problem = new("Give each option a different rank.");
                else if (problem is null && values.Count > 0 && values.Count < q.Options.Count) problem = new("Rank every option.");
                break;
            case QuestionKind.ShortText or QuestionKind.LongText:
                var limit = q.Kind == QuestionKind.ShortText ? 200 : MaxTextLength;
                if (main.Length > limit) problem = new("At most {0} characters.", limit);
                else if (main.Length > 0) values.Add(new("", null, main));
                break;
            case QuestionKind.Number:
                if (main.Length == 0) break;
                if (!decimal.TryParse(main, NumberStyles.Number, CultureInfo.InvariantCulture, out var number)) problem = new("Write a number, such as 12 or 3.5.");
                else if ((q.Min is { } min && number < min) || (q.Max is { } max && number > max)) problem = new("Give a number from {0} to {1}.", q.Min ?? number, q.Max ?? number);
                else values.Add(new(number.ToString(CultureInfo.InvariantCulture), number));
                break;
            case QuestionKind.Date:
                if (main.Length == 0) break;
                if (!DateOnly.TryParseExact(main, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) problem = new("Give a date such as 2026-03-15.");
                else values.Add(new(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
                break;
            case QuestionKind.YesNo:
                if (main.Length > 0 && main is not ("yes" or "no")) problem = new("Answer yes or no.");
                else if (main.Length > 0) values.Add(new(main));
                break;
        }
        if (problem is null && q.Required && values.Count == 0) problem = new("This question needs an answer.");
        return (problem is null ? values : [], problem);
    }

    /// <summary>The fields a stored answer fills again, for a respondent who resumes: the inverse of <see cref="Read"/>.</summary>
    public static Dictionary<string, List<string>> Fields(SurveyQuestion q, IReadOnlyList<AnswerValue> values)
    {
        var fields = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        void Add(string field, string? value) { if (value is not null) (fields.TryGetValue(field, out var list) ? list : fields[field] = []).Add(value); }
        foreach (var v in values)
            switch (q.Kind)
            {
                case QuestionKind.Likert or QuestionKind.Ranking: Add(Field(q, v.Key), v.Number?.ToString(CultureInfo.InvariantCulture)); break;
                case QuestionKind.ShortText or QuestionKind.LongText: Add(Field(q), v.Text); break;
                default:
                    Add(Field(q), v.Key);
                    if (v.Key == AnswerValue.Other) Add(Field(q, AnswerValue.Other), v.Text);
                    break;
            }
        return fields;
    }

    /// <summary>Whether anything was posted for the question: an answer to a question its condition hides is refused.</summary>
    public static bool AnythingPosted(SurveyQuestion q, Func<string, IReadOnlyList<string>> form)
        => form(Field(q)).Any(v => !string.IsNullOrWhiteSpace(v))
           || q.Rows.Concat(q.Options).Any(r => form(Field(q, r.Id)).Any(v => !string.IsNullOrWhiteSpace(v)));
}
