using System.Globalization;
using ClosedXML.Excel;
using CsvHelper;
using Microsoft.AspNetCore.Http;
using Participation.Files;
using Participation.Surveys.Domain;

namespace Participation.Surveys.Services;

/// <summary>Reads an uploaded recipient list, CSV (UTF-8, comma-separated) or XLSX (first sheet), into rows of cells for <see cref="RecipientFile"/>.</summary>
public static class RecipientUpload
{
    public const long MaxBytes = 5 * 1024 * 1024;

    public static async Task<(IReadOnlyList<Recipient> Recipients, IReadOnlyList<RecipientRowProblem> Problems)> ReadAsync(IFormFile? file)
    {
        var extension = Path.GetExtension(file?.FileName ?? "").ToLowerInvariant();
        if (file is null || file.Length == 0) return ([], [new(0, new("Choose a CSV or XLSX file of recipients."))]);
        if (file.Length > MaxBytes) return ([], [new(0, new("The file is larger than {0} MB.", MaxBytes / 1024 / 1024))]);
        if (extension == ".xlsx")
        {
            if (await UploadedFileCheck.CheckAsync(file, [".xlsx"], MaxBytes) is not null) return ([], [new(0, new("This is not a spreadsheet the site can read."))]);
            await using var stream = file.OpenReadStream();
            using var book = new XLWorkbook(stream);
            var sheet = book.Worksheets.First();
            var width = sheet.LastColumnUsed()?.ColumnNumber() ?? 0;
            return RecipientFile.Read(sheet.RowsUsed().Select(r => (IReadOnlyList<string>)[.. Enumerable.Range(1, width).Select(c => r.Cell(c).GetString())]));
        }
        if (extension != ".csv") return ([], [new(0, new("Choose a CSV or XLSX file of recipients."))]);
        // The header is a row like the others: RecipientFile reads it and numbers every row from it.
        await using var csv = CsvReader.Create(file.OpenReadStream(), new CsvReaderOptions { HasHeader = false, FormatProvider = CultureInfo.InvariantCulture }, false);
        var rows = new List<IReadOnlyList<string>>();
        while (rows.Count <= RecipientFile.MaxRows + 1 && await csv.ReadAsync()) rows.Add([.. Enumerable.Range(0, csv.FieldCount).Select(csv.GetString)]);
        return RecipientFile.Read(rows);
    }
}
