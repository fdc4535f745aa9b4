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

    private static readonly IReadOnlyList<ContributionExport.Row> Rows = ContributionExport.Rows(Comments, utc => utc.AddHours(3));

    [Fact]
    public void Rows_number_the_participants_instead_of_naming_them()
    {
        Assert.Equal([1, 2, 1], Rows.Select(r => r.Participant));
        Assert.Equal("2026-11-02 00:30", Rows[0].Date); // Riyadh time: past midnight
    }

    [Fact]
    public void The_CSV_starts_with_a_byte_order_mark_holds_no_names_and_defuses_formulas()
    {
        var csv = ContributionExport.Csv(Rows);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, csv[..3]);
        var text = System.Text.Encoding.UTF8.GetString(csv);
        Assert.Contains("أؤيد", text);
        Assert.DoesNotContain("نورة", text);
        Assert.DoesNotContain(",=HYPERLINK", text.Replace("\"", ""), StringComparison.Ordinal);
    }

    [Fact]
    public void The_workbook_opens_right_to_left_with_a_row_per_comment()
    {
        using var workbook = new XLWorkbook(new MemoryStream(ContributionExport.Xlsx(Rows, "المشاركات")));
        var sheet = workbook.Worksheet(1);
        Assert.True(sheet.RightToLeft);
        Assert.Equal(4, sheet.RowsUsed().Count());
        Assert.Equal("أؤيد", sheet.Cell(2, 10).GetString());
    }

    [Fact]
    public void Statistics_count_published_top_level_contributions_by_position_and_day()
    {
        var stats = ContributionStatistics.From(Comments, utc => DateOnly.FromDateTime(utc.AddHours(3)));
        Assert.Equal(2, stats.Contributions);
        Assert.Equal(2, stats.Participants);
        Assert.Equal(1, stats.Replies);
        Assert.Equal(1, stats.ByStance.Single(s => s.Key == "agree").Count);
        Assert.Equal([new DateOnly(2026, 11, 2)], stats.ByDay.Select(d => d.Day).Distinct());
    }
}
