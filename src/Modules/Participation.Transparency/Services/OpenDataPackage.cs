using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using Participation.Exports;
using Participation.Transparency.Domain;

namespace Participation.Transparency.Services;

/// <summary>
/// The files of the open data ZIP: per dataset its CSV (UTF-8 with a byte-order mark), the same
/// rows as JSON and a README of its columns and counts; for the whole, a README that says what
/// is withheld and the LICENSE.
/// </summary>
public static class OpenDataPackage
{
    public static async Task AddDatasetAsync(ZipArchive zip, IOpenDataset dataset, IReadOnlyList<object?[]> rows, int withheld, int threshold)
    {
        await using (var csv = zip.CreateEntry($"{dataset.Name}.csv", CompressionLevel.Optimal).Open())
            await TableFile.WriteCsvAsync(csv, dataset.Columns.Select(c => c.Name).ToList(), rows);
        await using (var json = zip.CreateEntry($"{dataset.Name}.json", CompressionLevel.Optimal).Open())
        {
            await using var writer = new Utf8JsonWriter(json, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
            writer.WriteStartObject();
            writer.WriteString("dataset", dataset.Name);
            writer.WriteString("titleAr", dataset.TitleAr);
            writer.WriteString("titleEn", dataset.TitleEn);
            writer.WriteStartArray("rows");
            foreach (var row in rows) WriteRow(writer, dataset.Columns, row);
            writer.WriteEndArray();
            writer.WriteEndObject();
        }
        await WriteTextAsync(zip, $"{dataset.Name}.README.md", DatasetReadme(dataset, rows.Count, withheld, threshold));
    }

    public static Task AddReadmeAsync(ZipArchive zip, IReadOnlyList<Models.OpenDatasetSummary> datasets, OpenDataLicence licence, int threshold, DateTime builtUtc)
    {
        var text = new StringBuilder();
        text.AppendLine("# البيانات المفتوحة للمشاركة — Participation open data").AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"- تاريخ البناء / Built: {builtUtc:yyyy-MM-dd HH:mm} UTC");
        text.AppendLine(CultureInfo.InvariantCulture, $"- الرخصة / Licence: {licence.NameAr} — {licence.NameEn} ({licence.Url}), see LICENSE");
        text.AppendLine(CultureInfo.InvariantCulture, $"- {Suppression(threshold)}").AppendLine();
        text.AppendLine("| الملف / file | العنوان | title | الصفوف / rows | المحجوبة / withheld |").AppendLine("|---|---|---|---|---|");
        foreach (var d in datasets) text.AppendLine(CultureInfo.InvariantCulture, $"| {d.Name}.csv, {d.Name}.json | {d.TitleAr} | {d.TitleEn} | {d.Rows} | {d.Withheld} |");
        text.AppendLine().AppendLine("CSV: UTF-8 with BOM, comma-separated, one header row. JSON: the same rows as objects. No personal data: counts and the agency's titles only.");
        return WriteTextAsync(zip, "README.md", text.ToString());
    }

    public static Task AddLicenceAsync(ZipArchive zip, OpenDataLicence licence) => WriteTextAsync(zip, "LICENSE", licence.Text);

    /// <summary>What the threshold does, said in both languages wherever the data is described.</summary>
    public static string Suppression(int threshold) => string.Create(CultureInfo.InvariantCulture,
        $"لحماية الخصوصية تُترك فارغةً كل عدّادات الأشخاص الأقل من {threshold}، ويُحجب الصف الذي لا يبقى فيه عدد. / To protect privacy, every count of fewer than {threshold} people is left empty, and a row with no count left is withheld.");

    private static string DatasetReadme(IOpenDataset dataset, int rows, int withheld, int threshold)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"# {dataset.TitleAr} — {dataset.TitleEn}").AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"- الصفوف / rows: {rows}");
        text.AppendLine(CultureInfo.InvariantCulture, $"- الصفوف المحجوبة / rows withheld: {withheld}");
        text.AppendLine(CultureInfo.InvariantCulture, $"- {Suppression(threshold)}").AppendLine();
        text.AppendLine("| العمود / column | النوع / kind | الوصف | description |").AppendLine("|---|---|---|---|");
        foreach (var c in dataset.Columns) text.AppendLine(CultureInfo.InvariantCulture, $"| {c.Name} | {c.Kind} | {c.DescriptionAr} | {c.DescriptionEn} |");
        return text.ToString();
    }

    public static void WriteRow(Utf8JsonWriter writer, IReadOnlyList<OpenDataColumn> columns, object?[] row)
    {
        writer.WriteStartObject();
        for (var i = 0; i < columns.Count; i++)
        {
            writer.WritePropertyName(columns[i].Name);
            WriteValue(writer, row[i]);
        }
        writer.WriteEndObject();
    }

    public static void WriteValue(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null: writer.WriteNullValue(); break;
            case int i: writer.WriteNumberValue(i); break;
            case long l: writer.WriteNumberValue(l); break;
            case double d: writer.WriteNumberValue(d); break;
            case bool b: writer.WriteBooleanValue(b); break;
            default: writer.WriteStringValue(Convert.ToString(value, CultureInfo.InvariantCulture)); break;
        }
    }

    private static async Task WriteTextAsync(ZipArchive zip, string name, string text)
    {
        await using var stream = zip.CreateEntry(name, CompressionLevel.Optimal).Open();
        await stream.WriteAsync(Encoding.UTF8.GetPreamble());
        await stream.WriteAsync(Encoding.UTF8.GetBytes(text));
    }
}
