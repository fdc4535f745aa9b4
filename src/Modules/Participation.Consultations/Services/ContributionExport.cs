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

    /// <summary>The workbook's columns: the figures narrow, the text wide and wrapped.</summary>
    public static readonly IReadOnlyList<SheetColumn> Columns = [.. Enumerable.Repeat(new SheetColumn(14), 9), new SheetColumn(80, Wrap: true)];
}
