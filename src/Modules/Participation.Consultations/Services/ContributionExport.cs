using System.Globalization;
using CsvHelper;
using Participation.Comments;
using Participation.Exports;

namespace Participation.Consultations.Services;

/// <summary>
/// Contributions for analysts, without personal data: no names or accounts, a participant
/// number instead so one person's contributions can be read together.
/// </summary>
public static partial class ContributionExport
{
    [CsvRecord]
    public sealed partial record Row(long Id, string Date, int Participant, string Stance, string Audience, string Tags, string Status, bool Official, long? ReplyTo, string Text);

    public static IReadOnlyList<Row> Rows(IEnumerable<CommentInfo> comments, Func<DateTime, DateTime> toLocal)
    {
        var numbers = new Dictionary<string, int>();
        return comments.OrderBy(c => c.Id).Select(c => new Row(
            c.Id, toLocal(c.CreatedUtc).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
            c.AuthorId is null ? 0 : numbers.TryGetValue(c.AuthorId, out var n) ? n : numbers[c.AuthorId] = numbers.Count + 1,
            c.Stance ?? "", c.Audience ?? "", c.Tags, c.Status.ToString(), c.IsOfficial, c.ParentId, c.Text)).ToList();
    }

    public static byte[] Csv(IReadOnlyList<Row> rows) => TableFile.Csv(rows);

    public static byte[] Xlsx(IReadOnlyList<Row> rows, string sheetName) => TableFile.Xlsx(rows, sheetName, sheet =>
    {
        sheet.Columns(1, 9).Width = 14;
        sheet.Column(10).Width = 80;
        sheet.Column(10).Style.Alignment.WrapText = true;
    });
}
