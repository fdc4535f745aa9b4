using System.Globalization;
using ClosedXML.Excel;
using CsvHelper;

namespace Participation.Exports;

/// <summary>Rows as files analysts open: CSV and XLSX with the same columns.</summary>
public static class TableFile
{
    /// <summary>
    /// UTF-8 with a byte-order mark, so Excel opens Arabic text correctly; a field that starts
    /// like a spreadsheet formula is escaped (participants wrote many of these texts).
    /// </summary>
    public static byte[] Csv<TRow>(IEnumerable<TRow> rows)
    {
        using var stream = new MemoryStream();
        using (var csv = CsvWriter.Create(stream, CsvOptions, leaveOpen: true))
        {
            csv.WriteRecords(rows);
        }
        return stream.ToArray();
    }

    /// <summary>The same CSV written row by row to a stream (a response body) as the rows arrive: memory stays flat however many there are.</summary>
    public static async Task WriteCsvAsync<TRow>(Stream destination, IAsyncEnumerable<TRow> rows, CancellationToken cancellationToken = default)
    {
        await using var csv = CsvWriter.Create(destination, CsvOptions, leaveOpen: true);
        await csv.WriteRecordsAsync(rows, cancellationToken);
        await csv.FlushAsync(cancellationToken);
    }

    private static CsvWriterOptions CsvOptions => new() { WriteByteOrderMark = true, Injection = CsvInjection.Escape, FormatProvider = CultureInfo.InvariantCulture };

    /// <summary>A right-to-left sheet holding the rows as a table; <paramref name="shape"/> sets column widths.</summary>
    public static byte[] Xlsx<TRow>(IEnumerable<TRow> rows, string sheetName, Action<IXLWorksheet>? shape = null)
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.Worksheets.Add(sheetName.Length > 31 ? sheetName[..31] : sheetName);
        sheet.RightToLeft = true;
        sheet.Cell(1, 1).InsertTable(rows);
        // Fixed widths: measuring text would need System.Drawing (libgdiplus), which a server lacks.
        sheet.Columns().Width = 16;
        shape?.Invoke(sheet);
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }
}
