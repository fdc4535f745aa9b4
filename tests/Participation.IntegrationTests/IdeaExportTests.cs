using System.Globalization;
using System.Net;
using System.Text;
using ClosedXML.Excel;
using Microsoft.EntityFrameworkCore;
using Participation.Ideas.Models;
using Participation.Testing;

namespace Participation.IntegrationTests;

/// <summary>A topic's export as analysts open it: the figures equal the rows, and no person is in it.</summary>
public class IdeaExportTests(IdeaSite fixture) : IClassFixture<IdeaSite>
{
    private const string Description = "نقترح إنشاء نقاط لإعادة تدوير البلاستيك والورق قرب المدارس والأسواق في كل حي.";

    [Fact]
    public async Task The_topics_export_holds_each_public_idea_with_its_supports_by_day_status_and_answer_and_no_person()
    {
        var topic = await fixture.TopicAsync("أفكار لإعادة التدوير");
        var (logins, people) = await fixture.Site.SignedInCitizensAsync(4, IdeaSite.Password, "export");
        var officer = await fixture.AdminAsync();
        var list = $"/ideas/{topic}";
        var busy = await people[0].PublishedIdeaAsync(officer, topic, "نقاط تدوير قرب المدارس", Description);
        var answered = await people[0].PublishedIdeaAsync(officer, topic, "حاويات ملونة لفرز النفايات", Description);
        var withdrawn = await people[0].PublishedIdeaAsync(officer, topic, "مسابقة مدرسية لإعادة التدوير", Description);
        var waiting = SiteIdeas.IdeaIdOf(await people[0].ProposeIdeaAsync(topic, "جمع الزيوت المستعملة من المنازل", Description));
        await people[0].SubmitButtonFormAsync($"/ideas/idea/{withdrawn}", $"/ideas/idea/{withdrawn}/withdraw");
        var firstDay = Day(fixture.Clock.GetUtcNow());
        await people[1].PressSupportAsync(list, busy);
        await people[2].PressSupportAsync(list, busy);
        await people[1].PressSupportAsync(list, answered);
        fixture.Clock.Advance(TimeSpan.FromDays(1));
        var secondDay = Day(fixture.Clock.GetUtcNow());
        await people[3].PressSupportAsync(list, busy);
        const string answer = "نقبل الفكرة وسنضع الحاويات في الحدائق أولاً";
        await officer.SubmitFormAsync($"/admin/ideas/study/{topic}", new Dictionary<string, string> { ["status"] = "Accepted", ["answer"] = answer }, $"form[action='/admin/ideas/study/{topic}/{answered}/answer']");

        // The study page offers both files; a citizen gets neither.
        var study = await officer.GetDocumentAsync($"/admin/ideas/study/{topic}");
        Assert.NotNull(study.QuerySelector($"a[href='/admin/ideas/study/{topic}/export.csv']"));
        Assert.NotEqual(HttpStatusCode.OK, (await people[1].GetAsync($"/admin/ideas/study/{topic}/export.csv")).StatusCode);

        var bytes = await (await officer.GetAsync($"/admin/ideas/study/{topic}/export.csv")).Content.ReadAsByteArrayAsync();
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var text = Encoding.UTF8.GetString(bytes[3..]);
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal("Id,Title,Category,Status,Published,Supports,SupportsByDay,MergedInto,AnswerDate,Answer", lines[0]);
        var rows = lines[1..].Select(l => l.Split(',')).ToDictionary(r => r[0]);
        Assert.Equal(new[] { answered, busy, withdrawn }.Order(StringComparer.Ordinal), rows.Keys.Order(StringComparer.Ordinal));
        Assert.DoesNotContain(waiting, text);
        Assert.Equal(("Published", "3", $"{firstDay}=2; {secondDay}=1"), (rows[busy][3], rows[busy][5], rows[busy][6]));
        Assert.Equal(("Accepted", "1", answer, secondDay), (rows[answered][3], rows[answered][5], rows[answered][9], rows[answered][8]));
        Assert.Equal("Withdrawn", rows[withdrawn][3]);
        // The figures are the rows' own.
        foreach (var (id, row) in rows)
        {
            Assert.Equal((await fixture.RowAsync(id)).Supports.ToString(CultureInfo.InvariantCulture), row[5]);
            Assert.Equal(await fixture.SupportRowsAsync(id), row[6].Length == 0 ? 0 : row[6].Split("; ").Sum(d => int.Parse(d.Split('=')[1], CultureInfo.InvariantCulture)));
        }
        // No person: neither the author nor a supporter, by account or by name.
        var ids = await fixture.QueryAsync(s => s.Set<IdeaSupport>().Where(x => x.TopicId == topic).Select(x => x.UserId).Distinct().ToListAsync());
        foreach (var who in logins.Concat(ids)) Assert.DoesNotContain(who, text, StringComparison.OrdinalIgnoreCase);

        using var workbook = new XLWorkbook(new MemoryStream(await (await officer.GetAsync($"/admin/ideas/study/{topic}/export.xlsx")).Content.ReadAsByteArrayAsync()));
        var sheet = workbook.Worksheet(1);
        Assert.Equal(4, sheet.RowsUsed().Count());
        var busyRow = sheet.RowsUsed().Single(r => r.Cell(1).GetString() == busy);
        Assert.Equal(3, busyRow.Cell(6).GetValue<long>());
        Assert.Equal($"{firstDay}=2; {secondDay}=1", busyRow.Cell(7).GetString());
        Assert.Equal(answer, sheet.RowsUsed().Single(r => r.Cell(1).GetString() == answered).Cell(10).GetString());
    }

    /// <summary>A Riyadh day as the export writes it.</summary>
    private static string Day(DateTimeOffset utc) => utc.ToOffset(TimeSpan.FromHours(3)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
