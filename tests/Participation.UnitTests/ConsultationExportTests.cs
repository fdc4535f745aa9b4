using ClosedXML.Excel;
using Participation.Comments;
using Participation.Consultations.Services;

namespace Participation.UnitTests;

public class ConsultationExportTests
{
    private static readonly CommentInfo[] Comments =
    [
        new() { Id = 1, AuthorId = "u1", AuthorName = "نورة", Text = "أؤيد", Stance = "agree", Status = CommentStatus.Published, CreatedUtc = new DateTime(2026, 11, 1, 21, 30, 0, DateTimeKind.Utc) },
        new() { Id = 2, AuthorId = "u2", AuthorName = "سعد", Text = "=HYPERLINK(\"http://x\")", Stance = "suggestion", Status = CommentStatus.Published, CreatedUtc = new DateTime(2026, 11, 2, 8, 0, 0, DateTimeKind.Utc) },
        new() { Id = 3, AuthorId = "u1", AuthorName = "نورة", Text = "رد", ParentId = 2, Status = CommentStatus.Published, CreatedUtc = new DateTime(2026, 11, 2, 9, 0, 0, DateTimeKind.Utc) },
    ];

    private static IAsyncEnumerable<ContributionExport.Row> StreamedRows() => ContributionExport.RowsAsync(Comments.ToAsyncEnumerable(), utc => utc.AddHours(3));

    [Fact]
    public async Task Rows_number_the_participants_instead_of_naming_them()
    {
        var rows = await StreamedRows().ToListAsync();
        Assert.Equal([1, 2, 1], rows.Select(r => r.Participant));
        Assert.Equal("2026-11-02 00:30", rows[0].Date); // Riyadh time: past midnight
    }

    [Fact]
    public async Task The_CSV_starts_with_a_byte_order_mark_holds_no_names_and_defuses_formulas()
    {
        using var stream = new MemoryStream();
        await Participation.Exports.TableFile.WriteCsvAsync(stream, StreamedRows());
        var csv = stream.ToArray();
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, csv[..3]);
        var text = System.Text.Encoding.UTF8.GetString(csv);
        Assert.Contains("أؤيد", text);
        Assert.DoesNotContain("نورة", text);
        Assert.DoesNotContain(",=HYPERLINK", text.Replace("\"", ""), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_workbook_opens_right_to_left_with_a_row_per_comment()
    {
        using var stream = new MemoryStream();
        await Participation.Exports.TableFile.WriteXlsxAsync(stream, StreamedRows(), "المشاركات", ContributionExport.Columns);
        using var workbook = new XLWorkbook(new MemoryStream(stream.ToArray()));
        var sheet = workbook.Worksheet(1);
        Assert.True(sheet.RightToLeft);
        Assert.Equal(4, sheet.RowsUsed().Count());
        Assert.Equal("أؤيد", sheet.Cell(2, 10).GetString());
        Assert.Equal("Text", sheet.Cell(1, 10).GetString());
        Assert.True(sheet.Cell(2, 10).Style.Alignment.WrapText);
        // A text that looks like a formula stays text.
        Assert.False(sheet.Cell(3, 10).HasFormula);
        Assert.Equal("=HYPERLINK(\"http://x\")", sheet.Cell(3, 10).GetString());
    }

    [Fact]
    public void Statistics_show_every_position_and_group_the_hours_the_database_counted_by_local_day()
    {
        var figures = new ContributionFigures(2, 2, 1, 0, 0, [("agree", 1), (null, 1)], [(null, 2)], [],
            [(new DateTime(2026, 11, 1, 21, 0, 0, DateTimeKind.Utc), 1), (new DateTime(2026, 11, 2, 8, 0, 0, DateTimeKind.Utc), 1)]);
        var stats = ContributionStatistics.From(figures, utc => DateOnly.FromDateTime(utc.AddHours(3)));
        Assert.Equal(["agree", "disagree", "suggestion", "none"], stats.ByStance.Select(s => s.Key));
        Assert.Equal([1, 0, 0, 1], stats.ByStance.Select(s => s.Count));
        Assert.Equal(("none", 2), stats.ByAudience.Single());
        // 21:00 UTC is past midnight in Riyadh: both fall on the same local day.
        Assert.Equal([(new DateOnly(2026, 11, 2), 2)], stats.ByDay);
    }
}
