using Participation.Surveys.Models;

namespace Participation.Surveys.Domain;

/// <summary>
/// One question's answers (rows) by another's (columns), over the completed responses counted.
/// A row's shares are of its respondents who answered the column question too; those who did not
/// (skipped by a condition or left empty) are counted apart, never as a zero in some column; and a
/// multiple choice on either side counts a respondent once in each cell they ticked, so a row's
/// cells may add up past its respondents.
/// </summary>
public sealed class CrossTab
{
    private readonly Dictionary<(string Row, string Column), long> cells;
    private readonly IReadOnlyDictionary<string, long> answeredBoth;
    private readonly IReadOnlyDictionary<string, long> answeredRow;

    /// <param name="cells">Per row and column answer, the responses that gave both.</param>
    /// <param name="answeredBoth">Per row answer, the responses that gave it and answered the column question.</param>
    /// <param name="answeredRow">Per row answer, the responses that gave it.</param>
    public CrossTab(IReadOnlyList<string> rows, IReadOnlyList<string> columns, IEnumerable<(string Row, string Column, long Count)> cells,
        IReadOnlyDictionary<string, long> answeredBoth, IReadOnlyDictionary<string, long> answeredRow)
    {
        Rows = rows;
        Columns = columns;
        this.cells = cells.GroupBy(c => (c.Row, c.Column)).ToDictionary(g => g.Key, g => g.Sum(c => c.Count));
        this.answeredBoth = answeredBoth;
        this.answeredRow = answeredRow;
    }

    public IReadOnlyList<string> Rows { get; }
    public IReadOnlyList<string> Columns { get; }

    public long Count(string row, string column) => cells.GetValueOrDefault((row, column));

    /// <summary>The row's respondents who answered the column question: what its shares are of.</summary>
    public long Respondents(string row) => answeredBoth.GetValueOrDefault(row);

    /// <summary>The row's respondents who did not answer the column question.</summary>
    public long NotAnswered(string row) => answeredRow.GetValueOrDefault(row) - Respondents(row);

    /// <summary>The cell's share of its row's respondents, in percent; null for a row nobody is in.</summary>
    public double? Share(string row, string column) => Respondents(row) is > 0 and var n ? 100.0 * Count(row, column) / n : null;

    /// <summary>Whether a question's answers can make a table's rows or columns: a few fixed answers.</summary>
    public static bool Tabulates(SurveyQuestion q)
        => q.Kind is QuestionKind.SingleChoice or QuestionKind.MultipleChoice or QuestionKind.YesNo or QuestionKind.Rating or QuestionKind.Nps or QuestionKind.Effort;

    /// <summary>The stored answer keys of a question that tabulates, in the order shown: options (and "other"), yes and no, or the scale's values.</summary>
    public static IReadOnlyList<string> KeysOf(SurveyQuestion q) => q.Kind switch
    {
        QuestionKind.SingleChoice or QuestionKind.MultipleChoice => [.. q.Options.Select(o => o.Id), .. q.AllowOther ? new[] { AnswerValue.Other } : []],
        QuestionKind.YesNo => ["yes", "no"],
        _ when Scale.Of(q.Kind) is { } range => [.. Enumerable.Range(range.Low, range.High - range.Low + 1).Select(v => v.ToString(System.Globalization.CultureInfo.InvariantCulture))],
        _ => [],
    };
}
