using Microsoft.Extensions.DependencyInjection;
using Participation.Comments;
using Participation.Comments.Models;
using Participation.Data;
using Participation.Requests.Models;
using Participation.Testing;
using Participation.Testing.Seeding;

namespace Participation.IntegrationTests;

/// <summary>The staff lists read a page at a time: following "next" visits every item once, and the totals are the rows.</summary>
public class KeysetPagingTests(SetUpSite fixture) : IClassFixture<SetUpSite>
{
    private async Task SeedAsync<T>(IEnumerable<T> rows) where T : class
    {
        using var scope = fixture.Site.Services.CreateScope();
        var session = scope.ServiceProvider.GetRequiredService<IDataSession>();
        session.Set<T>().AddRange(rows);
        await session.SaveChangesAsync();
        if (typeof(T) == typeof(Comment)) await SeededComments.RecountAsync(session);
    }

    /// <summary>Follows rel=next from the first page; returns the ids each page listed, in order, and the pages read.</summary>
    private static async Task<(List<string> Ids, int Pages)> WalkAsync(HttpClient client, string firstUrl, string itemSelector, Func<AngleSharp.Dom.IElement, string> idOf)
    {
        var ids = new List<string>();
        var pages = 0;
        for (var url = firstUrl; url is not null; pages++)
        {
            var page = await client.GetDocumentAsync(url);
            ids.AddRange(page.QuerySelectorAll(itemSelector).Select(idOf));
            url = page.QuerySelector("nav.pager a[rel=next]")?.GetAttribute("href");
        }
        return (ids, pages);
    }

    [Fact]
    public async Task The_officers_inbox_pages_by_deadline_through_every_request_once()
    {
        var department = $"d{Guid.NewGuid():N}"[..12];
        var due = DateTime.UtcNow.AddDays(3);
        // 120 requests, deadlines shared by pairs, ten of them closed (the open view leaves those out).
        var requests = Enumerable.Range(0, 120).Select(i => new ServiceRequest
        {
            ReferenceNumber = $"{department}-{i:D4}", AccessCode = Guid.NewGuid().ToString("N"), Kind = RequestKind.Complaint, DepartmentKey = department,
            Status = i % 12 == 0 ? RequestStatus.Closed : RequestStatus.Routed, Subject = $"طلب {i}", Message = "نص", Name = "منى", Email = "m@mail.example",
            SubmittedUtc = due.AddDays(-5), DueUtc = due.AddHours(i / 2), UpdatedUtc = due.AddDays(-5),
        }).ToList();
        await SeedAsync(requests);
        var admin = await fixture.AdminAsync();

        var open = await WalkAsync(admin, $"/admin/requests?department={department}", "table.requests tbody tr", tr => tr.QuerySelector("a")!.TextContent.Trim());
        var expected = requests.Where(r => r.Status != RequestStatus.Closed).OrderBy(r => r.DueUtc).ThenBy(r => r.Id).Select(r => r.ReferenceNumber).ToList();
        Assert.Equal(expected, open.Ids);
        Assert.Equal(3, open.Pages);
        var first = await admin.GetDocumentAsync($"/admin/requests?department={department}&culture=en");
        Assert.Equal($"{expected.Count} requests match.", first.QuerySelector("main p.muted")!.TextContent.Trim());

        var all = await WalkAsync(admin, $"/admin/requests?view=all&department={department}", "table.requests tbody tr", tr => tr.QuerySelector("a")!.TextContent.Trim());
        Assert.Equal(requests.Count, all.Ids.Distinct().Count());
        Assert.Equal(requests.Count, all.Ids.Count);
    }

    [Fact]
    public async Task The_officers_inbox_counts_a_backlog_up_to_a_thousand_and_says_more_beyond()
    {
        var department = $"d{Guid.NewGuid():N}"[..12];
        var due = DateTime.UtcNow.AddDays(3);
        ServiceRequest Request(int i) => new()
        {
            ReferenceNumber = $"{department}-{i:D4}", AccessCode = Guid.NewGuid().ToString("N"), Kind = RequestKind.Complaint, DepartmentKey = department,
            Status = RequestStatus.Routed, Subject = $"طلب {i}", Message = "نص", Name = "منى", Email = "m@mail.example",
            SubmittedUtc = due.AddDays(-5), DueUtc = due.AddMinutes(i), UpdatedUtc = due.AddDays(-5),
        };
        await SeedAsync(Enumerable.Range(0, 1000).Select(Request));
        var admin = await fixture.AdminAsync();
        Assert.Equal("1000 requests match.", (await admin.GetDocumentAsync($"/admin/requests?department={department}&culture=en")).QuerySelector("main p.muted")!.TextContent.Trim());

        await SeedAsync([Request(1000)]);
        Assert.Equal("More than 1000 requests match.", (await admin.GetDocumentAsync($"/admin/requests?department={department}&culture=en")).QuerySelector("main p.muted")!.TextContent.Trim());
        Assert.Equal(50, (await admin.GetDocumentAsync($"/admin/requests?department={department}")).QuerySelectorAll("table.requests tbody tr").Length);
    }

    [Fact]
    public async Task The_moderation_queue_pages_oldest_first_through_every_waiting_comment_once()
    {
        var item = $"q{Guid.NewGuid():N}"[..26];
        var start = DateTime.UtcNow.AddDays(-1);
        var comments = Enumerable.Range(0, 120).Select(i => new Comment
        {
            ContentItemId = item, AuthorId = $"author-{i % 7}", AuthorName = "مشارك", Text = $"تعليق ينتظر {i}", Status = i % 10 == 0 ? CommentStatus.Published : CommentStatus.Pending,
            CreatedUtc = start.AddMinutes(i / 3), // three at a time share an instant
        }).ToList();
        await SeedAsync(comments);
        var moderator = await fixture.StaffAsync("Moderator");

        var walked = await WalkAsync(moderator, $"/admin/moderation?contentItemId={item}", "article.queue-item", a => a.QuerySelector("input[name=id]")!.GetAttribute("value")!);
        var pending = comments.Where(c => c.Status == CommentStatus.Pending).OrderBy(c => c.CreatedUtc).ThenBy(c => c.Id).Select(c => c.Id.ToString()).ToList();
        Assert.Equal(pending, walked.Ids);
        Assert.Equal(3, walked.Pages);
        var first = await moderator.GetDocumentAsync($"/admin/moderation?contentItemId={item}&culture=en");
        Assert.Equal($"{pending.Count} in this tab.", first.QuerySelector("main p.muted")!.TextContent.Trim());
    }
}
