using System.Globalization;
using Participation.Surveys.Models;

namespace Participation.Surveys.Services;

/// <summary>The builder's "add a question" form: options and rows one per line, "Arabic | English".</summary>
public sealed class QuestionForm
{
    public string SectionId { get; set; } = "";
    public QuestionKind Kind { get; set; }
    public string? TextAr { get; set; }
    public string? TextEn { get; set; }
    public string? HelpAr { get; set; }
    public string? HelpEn { get; set; }
    public bool Required { get; set; }
    public string? Options { get; set; }
    public string? Rows { get; set; }
    public int MaxChoices { get; set; }
    public bool AllowOther { get; set; }
    public string? Min { get; set; }
    public string? Max { get; set; }
    /// <summary>Show only when this earlier question's answer is one of <see cref="ConditionValues"/> (comma-separated keys).</summary>
    public string? ConditionQuestion { get; set; }
    public string? ConditionValues { get; set; }

    public SurveyQuestion ToQuestion() => new()
    {
        Kind = Kind, TextAr = TextAr?.Trim() ?? "", TextEn = TextEn?.Trim() ?? "", HelpAr = HelpAr?.Trim() ?? "", HelpEn = HelpEn?.Trim() ?? "",
        Required = Required, Options = Lines(Options), Rows = Lines(Rows), MaxChoices = Math.Max(0, MaxChoices), AllowOther = AllowOther,
        Min = decimal.TryParse(Min, NumberStyles.Number, CultureInfo.InvariantCulture, out var min) ? min : null,
        Max = decimal.TryParse(Max, NumberStyles.Number, CultureInfo.InvariantCulture, out var max) ? max : null,
        Condition = Condition(ConditionQuestion, ConditionValues),
    };

    public static SurveyCondition? Condition(string? question, string? values) => string.IsNullOrWhiteSpace(question) ? null : new SurveyCondition
    {
        QuestionId = question.Trim(),
        Values = [.. (values ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)],
    };

    private static List<SurveyChoice> Lines(string? text) => [.. (text ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        .Select(line => line.Split('|', 2, StringSplitOptions.TrimEntries))
        .Select(p => new SurveyChoice { TextAr = p[0], TextEn = p.Length > 1 ? p[1] : "" })];
}
