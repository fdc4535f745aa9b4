using System.Globalization;
using System.Reflection;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Participation.Exports;

/// <summary>
/// A right-to-left worksheet written as a stream of XML (the Open XML SDK's SAX writer): each
/// row goes to the package as it is added, so a sheet of any length holds one row in memory.
/// A header row (the row type's property names, or the columns a caller names), with a filter; texts are inline strings
/// (no shared-string table to keep), so a text that looks like a formula stays text.
/// </summary>
internal sealed class XlsxSheet : IDisposable
{
    private const uint Plain = 0, Wrapped = 1, Header = 2;
    private readonly int _width;
    private readonly SpreadsheetDocument _document;
    private readonly OpenXmlWriter _writer;
    private readonly bool[] _wraps;
    private uint _rows;

    public XlsxSheet(Stream seekable, string sheetName, IReadOnlyList<string> header, IReadOnlyList<SheetColumn>? columns)
    {
        _width = header.Count;
        _document = SpreadsheetDocument.Create(seekable, SpreadsheetDocumentType.Workbook);
        var workbook = _document.AddWorkbookPart();
        var sheet = workbook.AddNewPart<WorksheetPart>();
        workbook.Workbook = new Workbook(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheet), SheetId = 1, Name = sheetName.Length > 31 ? sheetName[..31] : sheetName }));
        workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = new Stylesheet(
            new Fonts(new Font(), new Font(new Bold())),
            new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })),
            new Borders(new Border()),
            new CellFormats(
                new CellFormat(),
                new CellFormat { Alignment = new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top }, ApplyAlignment = true },
                new CellFormat { FontId = 1, ApplyFont = true }));
        _wraps = [.. header.Select((_, i) => columns is not null && i < columns.Count && columns[i].Wrap)];

        _writer = OpenXmlWriter.Create(sheet);
        _writer.WriteStartElement(new Worksheet());
        _writer.WriteElement(new SheetViews(new SheetView { RightToLeft = true, WorkbookViewId = 0 }));
        // Fixed widths: measuring text would need System.Drawing (libgdiplus), which a server lacks.
        _writer.WriteElement(new SheetFormatProperties { DefaultColumnWidth = 16, DefaultRowHeight = 15 });
        if (columns is { Count: > 0 })
            _writer.WriteElement(new Columns(columns.Select((c, i) => new Column { Min = (uint)i + 1, Max = (uint)i + 1, Width = c.Width, CustomWidth = true })));
        _writer.WriteStartElement(new SheetData());
        WriteRow(header, header: true);
    }

    /// <summary>The property names of <typeparamref name="TRow"/>, the header of a sheet of such rows.</summary>
    public static IReadOnlyList<string> HeaderOf<TRow>() => [.. PropertiesOf<TRow>.All.Select(p => p.Name)];

    public void Add<TRow>(TRow row) => WriteRow(PropertiesOf<TRow>.All.Select(p => p.GetValue(row)), header: false);

    /// <summary>A row of values in the header's order.</summary>
    public void AddValues(IEnumerable<object?> values) => WriteRow(values, header: false);

    /// <summary>Closes the sheet (the filter spans the rows written) and the package.</summary>
    public void Finish()
    {
        _writer.WriteEndElement(); // sheetData
        _writer.WriteElement(new AutoFilter { Reference = $"A1:{ColumnName(_width)}{_rows}" });
        _writer.WriteEndElement(); // worksheet
        _writer.Close();
    }

    public void Dispose()
    {
        _writer.Dispose();
        _document.Dispose();
    }

    private void WriteRow(IEnumerable<object?> values, bool header)
    {
        _writer.WriteStartElement(new Row { RowIndex = ++_rows });
        var column = 0;
        foreach (var value in values)
        {
            _writer.WriteElement(CellOf(value, header ? Header : _wraps[column] ? Wrapped : Plain));
            column++;
        }
        _writer.WriteEndElement();
    }

    private static Cell CellOf(object? value, uint style)
    {
        var cell = new Cell { StyleIndex = style };
        switch (value)
        {
            case null:
                break;
            case bool flag:
                cell.DataType = CellValues.Boolean;
                cell.CellValue = new CellValue(flag ? "1" : "0");
                break;
            case byte or short or int or long or float or double or decimal:
                cell.CellValue = new CellValue(Convert.ToString(value, CultureInfo.InvariantCulture)!);
                break;
            default:
                cell.DataType = CellValues.InlineString;
                cell.InlineString = new InlineString(new Text(XmlSafe(Convert.ToString(value, CultureInfo.InvariantCulture) ?? "")) { Space = SpaceProcessingModeValues.Preserve });
                break;
        }
        return cell;
    }

    /// <summary>Participants' text may carry control characters XML cannot hold; they are dropped.</summary>
    private static string XmlSafe(string text)
        => text.All(c => XmlConvert.IsXmlChar(c) || char.IsSurrogate(c)) ? text : new string([.. text.Where(c => XmlConvert.IsXmlChar(c) || char.IsSurrogate(c))]);

    private static string ColumnName(int number)
    {
        var name = "";
        for (; number > 0; number = (number - 1) / 26) name = (char)('A' + (number - 1) % 26) + name;
        return name;
    }
}

/// <summary>A row type's public properties, read once per type.</summary>
internal static class PropertiesOf<TRow>
{
    public static readonly PropertyInfo[] All = typeof(TRow).GetProperties(BindingFlags.Public | BindingFlags.Instance);
}
