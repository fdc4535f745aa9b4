using System.Globalization;
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

    /// <summary>The same CSV for rows whose columns are known only at run time: a header, then one value per column.</summary>
    public static async Task WriteCsvAsync(Stream destination, IReadOnlyList<string> header, IEnumerable<object?[]> rows, CancellationToken cancellationToken = default)
    {
        await using var csv = CsvWriter.Create(destination, CsvOptions, leaveOpen: true);
        foreach (var name in header) csv.WriteField(name);
        await csv.EndRecordAsync(cancellationToken);
        foreach (var row in rows)
        {
            foreach (var value in row) csv.WriteField(value);
            await csv.EndRecordAsync(cancellationToken);
        }
        await csv.FlushAsync(cancellationToken);
    }

    private static CsvWriterOptions CsvOptions => new() { WriteByteOrderMark = true, Injection = CsvInjection.Escape, FormatProvider = CultureInfo.InvariantCulture };

    /// <summary>A right-to-left sheet holding the rows under a header row; <paramref name="columns"/> sets widths and wrapping.</summary>
    public static byte[] Xlsx<TRow>(IEnumerable<TRow> rows, string sheetName, IReadOnlyList<SheetColumn>? columns = null)
    {
        using var stream = new MemoryStream();
        using (var sheet = new XlsxSheet(stream, sheetName, XlsxSheet.HeaderOf<TRow>(), columns))
        {
            foreach (var row in rows) sheet.Add(row);
            sheet.Finish();
        }
        return stream.ToArray();
    }

    /// <summary>
    /// The same workbook for rows streamed from the database: written row by row into a
    /// temporary file (a zip package needs a seekable stream), then copied to the destination.
    /// Memory stays flat; the file is deleted when closed.
    /// </summary>
    public static Task WriteXlsxAsync<TRow>(Stream destination, IAsyncEnumerable<TRow> rows, string sheetName, IReadOnlyList<SheetColumn>? columns = null, CancellationToken cancellationToken = default)
        => WriteSheetAsync(destination, sheetName, XlsxSheet.HeaderOf<TRow>(), columns, async sheet =>
        {
            await foreach (var row in rows.WithCancellation(cancellationToken)) sheet.Add(row);
        }, cancellationToken);

    /// <summary>
    /// A table whose columns are known only at run time (a survey's questions): the header, then
    /// rows of values in its order, streamed as CSV (UTF-8 with a byte-order mark, formulas escaped).
    /// </summary>
    public static async Task WriteCsvAsync(Stream destination, IReadOnlyList<string> header, IAsyncEnumerable<IReadOnlyList<string?>> rows, CancellationToken cancellationToken = default)
    {
        await using var csv = CsvWriter.Create(destination, CsvOptions, leaveOpen: true);
        foreach (var name in header) csv.WriteField(name);
        await csv.EndRecordAsync();
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            foreach (var value in row) csv.WriteField(value);
            await csv.EndRecordAsync();
        }
        await csv.FlushAsync(cancellationToken);
    }

    /// <summary>The same table as a right-to-left XLSX sheet, streamed through a temporary file.</summary>
    public static Task WriteXlsxAsync(Stream destination, string sheetName, IReadOnlyList<string> header, IAsyncEnumerable<IReadOnlyList<string?>> rows, IReadOnlyList<SheetColumn>? columns = null, CancellationToken cancellationToken = default)
        => WriteSheetAsync(destination, sheetName, header, columns, async sheet =>
        {
            await foreach (var row in rows.WithCancellation(cancellationToken)) sheet.AddValues(row);
        }, cancellationToken);

    private static async Task WriteSheetAsync(Stream destination, string sheetName, IReadOnlyList<string> header, IReadOnlyList<SheetColumn>? columns, Func<XlsxSheet, Task> write, CancellationToken cancellationToken)
    {
        await using var file = new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.DeleteOnClose);
        using (var sheet = new XlsxSheet(file, sheetName, header, columns))
        {
            await write(sheet);
            sheet.Finish();
        }
        file.Position = 0;
        await file.CopyToAsync(destination, cancellationToken);
    }
}
