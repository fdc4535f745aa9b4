using System.Globalization;
using System.Runtime.CompilerServices;
using CsvHelper;
using Participation.Comments;
using Participation.Exports;

namespace Participation.Consultations.Services;

/// <summary>
/// Contributions for analysts, without personal data: no names or accounts, a participant
/// number instead so one person's contributions can be read together. Rows are made as the
/// comments stream from the database, so an export of any size holds one row at a time
/// (and the numbers of the participants seen so far).
/// </summary>
public static partial class ContributionExport
{
    /// <summary>A workbook is built in memory (ClosedXML): it holds at most this many rows; the CSV holds them all.</summary>
    public const int MaxWorkbookRows = 10_000;

    [CsvRecord]
    public sealed partial record Row(long Id, string Date, int Participant, string Stance, string Audience, string Tags, string Status, bool Official, long? ReplyTo, string Text);

    public static async IAsyncEnumerable<Row> RowsAsync(IAsyncEnumerable<CommentInfo> comments, Func<DateTime, DateTime> toLocal, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var numbers = new Dictionary<string, int>();
        await foreach (var c in comments.WithCancellation(cancellationToken))
        {
            yield return new Row(
                c.Id, toLocal(c.CreatedUtc).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
                c.AuthorId is null ? 0 : numbers.TryGetValue(c.AuthorId, out var n) ? n : numbers[c.AuthorId] = numbers.Count + 1,
                c.Stance ?? "", c.Audience ?? "", c.Tags, c.Status.ToString(), c.IsOfficial, c.ParentId, c.Text);
        }
    }

    public static byte[] Xlsx(IReadOnlyList<Row> rows, string sheetName) => TableFile.Xlsx(rows, sheetName, sheet =>
    {
        sheet.Columns(1, 9).Width = 14;
        sheet.Column(10).Width = 80;
        sheet.Column(10).Style.Alignment.WrapText = true;
    });
}
