using System.Globalization;
using ClosedXML.Excel;
using CsvHelper;
using Participation.Comments;

namespace Participation.Consultations.Services;

/// <summary>
/// Contributions for analysts, without personal data: no names or accounts, a participant
/// number instead so one person's contributions can be read together.
/// </summary>
public static partial class ContributionExport
{
    [CsvRecord]
    public sealed partial record Row(long Id, string Date, int Participant, string Stance, string Audience, string Tags, string Status, bool Official, long? ReplyTo, string Text);

    public static IReadOnlyList<Row> Rows(IEnumerable<Comment> comments, Func<DateTime, DateTime> toLocal)
    {
        var numbers = new Dictionary<string, int>();
        return comments.OrderBy(c => c.Id).Select(c => new Row(
            c.Id, toLocal(c.CreatedUtc).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
            c.AuthorId is null ? 0 : numbers.TryGetValue(c.AuthorId, out var n) ? n : numbers[c.AuthorId] = numbers.Count + 1,
            c.Stance ?? "", c.Audience ?? "", c.Tags, c.Status.ToString(), c.IsOfficial, c.ParentId, c.Text)).ToList();
    }

    /// <summary>
    /// UTF-8 with a byte-order mark, so Excel opens the Arabic text correctly; a field that
    /// starts like a spreadsheet formula is escaped (participants wrote these texts).
    /// </summary>
    public static byte[] Csv(IReadOnlyList<Row> rows)
    {
        using var stream = new MemoryStream();
        using (var csv = CsvWriter.Create(stream, new CsvWriterOptions { WriteByteOrderMark = true, Injection = CsvInjection.Escape, FormatProvider = CultureInfo.InvariantCulture }, leaveOpen: true))
        {
            csv.WriteRecords(rows);
        }
        return stream.ToArray();
    }

    public static byte[] Xlsx(IReadOnlyList<Row> rows, string sheetName)
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.Worksheets.Add(sheetName.Length > 31 ? sheetName[..31] : sheetName);
        sheet.RightToLeft = true;
        sheet.Cell(1, 1).InsertTable(rows);
        // Fixed widths: measuring text would need System.Drawing (libgdiplus), which a server lacks.
        sheet.Columns(1, 9).Width = 14;
        sheet.Column(10).Width = 80;
        sheet.Column(10).Style.Alignment.WrapText = true;
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }
}
