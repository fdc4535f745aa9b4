using System.Net;
using AngleSharp.Dom;
using Microsoft.Extensions.DependencyInjection;
using Participation.Comments;
using Participation.Comments.Models;
using Participation.Data;
using Participation.Testing;
using Participation.Testing.Seeding;

namespace Participation.IntegrationTests;

public class CommentPagingTests(SetUpSite fixture) : CommentPaging(fixture), IClassFixture<SetUpSite>;

/// <summary>The same on PostgreSQL, where the keyset, the counts and the grouping by hour are other SQL.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresCommentPagingTests : CommentPaging, IDisposable
{
    private readonly SetUpSite _site;

    public PostgresCommentPagingTests(PostgresServer postgres) : this(new SetUpSite(new SiteOptions
    {
        AutoSetup = true, DatabaseProvider = "Postgres", ConnectionString = postgres.ConnectionString($"participation_{Guid.NewGuid():N}"[..28]),
    })) { }

    private PostgresCommentPagingTests(SetUpSite site) : base(site) => _site = site;

    public void Dispose() => _site.Dispose();
}

/// <summary>
/// A long thread read a page at a time: the agency's replies first, then the newest, every
/// comment once across the pages (with or without script), and counts that equal the rows.
/// </summary>
public abstract class CommentPaging(SetUpSite fixture)
{
    private const int Contributions = 45;
    private static readonly DateTime Start = DateTime.UtcNow.AddDays(-2);

    /// <summary>An open consultation with 45 published contributions (some written in the same instant), two agency statements, replies, and comments the public does not see.</summary>
    private async Task<(HttpClient Admin, string Id, string Path, IReadOnlyList<Comment> Seeded)> ConsultationWithThreadAsync()
    {
        var admin = await fixture.AdminAsync();
        var path = $"t-{Guid.NewGuid():N}"[..16];
        var created = await admin.SubmitFormAsync("/admin/contents/create/Consultation", new Dictionary<string, string>
        {
            ["TitlePart.Title"] = "خطة النقل العام", ["AutoroutePart.Path"] = path, ["ConsultationPart.Summary"] = "ملخص",
            ["ConsultationPart.Closes"] = DateTime.UtcNow.AddHours(3).AddDays(7).ToString("yyyy-MM-ddTHH:mm"), ["ConsultationPart.ContributionTags"] = "نقل، سلامة",
        }, submitValue: "publish");
        var editUrl = created.Headers.Location!.OriginalString;
        var id = editUrl.Split('/')[3];
        await admin.SubmitButtonFormAsync(editUrl, $"/admin/contents/{id}/stage/Open");

        var comments = new List<Comment>();
        for (var i = 0; i < Contributions; i++)
        {
            comments.Add(new Comment
            {
                ContentItemId = id, AuthorId = $"author-{i % 30}", AuthorName = $"مشارك {i}", Text = $"مساهمة رقم {i}", Status = CommentStatus.Published,
                // Every third one shares its instant with the one before: ties are broken by id.
                CreatedUtc = Start.AddMinutes(i % 3 == 2 ? i - 1 : i),
                Stance = CommentLimits.Stances[i % 3], Audience = i % 2 == 0 ? "residents" : null, Tags = i % 5 == 0 ? "نقل" : "",
            });
        }
        comments.Add(new Comment { ContentItemId = id, AuthorName = "الجهة", Text = "بيان الجهة الأول", Status = CommentStatus.Published, IsOfficial = true, CreatedUtc = Start.AddMinutes(1) });
        comments.Add(new Comment { ContentItemId = id, AuthorName = "الجهة", Text = "بيان الجهة الثاني", Status = CommentStatus.Published, IsOfficial = true, CreatedUtc = Start.AddMinutes(30) });
        comments.Add(new Comment { ContentItemId = id, AuthorId = "author-x", AuthorName = "س", Text = "ينتظر المراجعة", Status = CommentStatus.Pending, CreatedUtc = Start.AddMinutes(50) });
        comments.Add(new Comment { ContentItemId = id, AuthorId = "author-y", AuthorName = "ص", Text = "مخفي", Status = CommentStatus.Hidden, HiddenReason = "spam", CreatedUtc = Start.AddMinutes(51) });
        await WithSessionAsync(async session => { session.Set<Comment>().AddRange(comments); await session.SaveChangesAsync(); await SeededComments.RecountAsync(session); });
        // Replies to the newest contribution and to one on the third page.
        var replies = new[] { comments[Contributions - 1], comments[3] }.SelectMany(parent => new[]
        {
            new Comment { ContentItemId = id, ParentId = parent.Id, AuthorId = "author-r", AuthorName = "ر", Text = $"رد على {parent.Id}", Status = CommentStatus.Published, CreatedUtc = parent.CreatedUtc.AddSeconds(5) },
            new Comment { ContentItemId = id, ParentId = parent.Id, AuthorName = "الجهة", Text = $"رد الجهة على {parent.Id}", Status = CommentStatus.Published, IsOfficial = true, CreatedUtc = parent.CreatedUtc.AddSeconds(9) },
        }).ToList();
        await WithSessionAsync(async session => { session.Set<Comment>().AddRange(replies); await session.SaveChangesAsync(); await SeededComments.RecountAsync(session); });
        return (admin, id, path, [.. comments, .. replies]);
    }

    private async Task WithSessionAsync(Func<IDataSession, Task> work)
    {
        using var scope = fixture.Site.Services.CreateScope();
        await work(scope.ServiceProvider.GetRequiredService<IDataSession>());
    }

    /// <summary>The order a reader must see: the agency's statements, then everyone's, each newest first.</summary>
    private static List<long> ExpectedOrder(IReadOnlyList<Comment> seeded)
        => seeded.Where(c => c.ParentId == null && c.Status == CommentStatus.Published)
            .OrderByDescending(c => c.IsOfficial).ThenByDescending(c => c.CreatedUtc).ThenByDescending(c => c.Id).Select(c => c.Id).ToList();

    private static List<long> TopLevelIds(IParentNode batch)
        => batch.QuerySelectorAll(".comment-list > li > article.comment").Select(a => long.Parse(a.Id!["comment-".Length..])).ToList();

    private static string? MoreLink(IParentNode page, string attribute = "href")
        => page.QuerySelector(".comments-more a")?.GetAttribute(attribute);

    [Fact]
    public async Task Without_script_more_comments_pages_through_the_thread_agency_first_then_newest_each_comment_once()
    {
        var (_, _, path, seeded) = await ConsultationWithThreadAsync();
        var reader = fixture.Site.CreateSiteClient();

        var first = await reader.GetDocumentAsync($"/{path}");
        Assert.Equal($"({Contributions + 2})", first.QuerySelector("#comments-title .muted")!.TextContent);
        var firstIds = TopLevelIds(first);
        Assert.Equal(20, firstIds.Count);
        Assert.All(first.QuerySelectorAll(".comment-list > li > article.comment").Take(2), a => Assert.Contains("comment-official", a.ClassName));
        var newest = seeded[Contributions - 1];
        Assert.Contains($"رد على {newest.Id}", first.QuerySelector($"#comment-{newest.Id}")!.ParentElement!.TextContent);

        var seen = new List<long>(firstIds);
        var href = MoreLink(first);
        var pages = 1;
        while (href is not null)
        {
            // The link jumps to the first comment of the batch it shows.
            var anchor = href[(href.IndexOf('#') + 1)..];
            var page = await reader.GetDocumentAsync(href[..href.IndexOf('#')]);
            var ids = TopLevelIds(page);
            Assert.Equal(anchor, $"comment-{ids[0]}");
            Assert.NotNull(page.QuerySelector(".comments-newest a[href$='#comments']"));
            seen.AddRange(ids);
            href = MoreLink(page);
            pages++;
        }
        Assert.Equal(3, pages);
        Assert.Equal(ExpectedOrder(seeded), seen);
        Assert.DoesNotContain("ينتظر المراجعة", (await reader.GetDocumentAsync($"/{path}")).QuerySelector("#comments")!.TextContent);
    }

    [Fact]
    public async Task The_fragment_behind_more_comments_holds_the_next_batch_and_its_own_link()
    {
        var (_, id, path, seeded) = await ConsultationWithThreadAsync();
        var reader = fixture.Site.CreateSiteClient();
        var first = await reader.GetDocumentAsync($"/{path}");
        var fragmentUrl = MoreLink(first, "data-comments-more")!;
        Assert.StartsWith($"/comments/{id}/page?after=", fragmentUrl);

        var response = await reader.GetAsync(fragmentUrl);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var fragment = await response.ReadDocumentAsync();
        Assert.Null(fragment.QuerySelector("header.site-header, nav, form.comment-form"));
        var expected = ExpectedOrder(seeded);
        Assert.Equal(expected.Skip(20).Take(20), TopLevelIds(fragment));
        // Its link leads on to the last batch, replies and all.
        var last = await (await reader.GetAsync(MoreLink(fragment, "data-comments-more"))).ReadDocumentAsync();
        Assert.Equal(expected.Skip(40), TopLevelIds(last));
        Assert.Contains($"رد الجهة على {seeded[3].Id}", last.Body!.TextContent);
        Assert.Null(MoreLink(last));

        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync("/comments/no-such-item/page")).StatusCode);
        // A cursor edited by hand reads from the start rather than failing.
        Assert.Equal(expected.Take(20), TopLevelIds(await (await reader.GetAsync($"/comments/{id}/page?after=zz")).ReadDocumentAsync()));
    }

    [Fact]
    public async Task The_analysis_counts_equal_the_rows_and_its_list_pages_through_every_contribution_once()
    {
        var (admin, id, _, seeded) = await ConsultationWithThreadAsync();
        var analysis = await admin.GetDocumentAsync($"/admin/consultations/{id}/analysis?culture=en");
        var stats = analysis.QuerySelectorAll(".stats .stat").ToDictionary(s => s.QuerySelector(".stat-label")!.TextContent.Trim(), s => s.QuerySelector(".stat-value")!.TextContent.Trim());
        var contributions = seeded.Where(c => c.ParentId == null && !c.IsOfficial && c.Status == CommentStatus.Published).ToList();
        Assert.Equal(contributions.Count.ToString(), stats["Contributions"]);
        Assert.Equal(contributions.Select(c => c.AuthorId).Distinct().Count().ToString(), stats["Participants"]);
        Assert.Equal("2", stats["Replies"]);
        Assert.Equal("4", stats["Agency replies"]);
        Assert.Equal("1", stats["Hidden"]);
        var byStance = analysis.QuerySelector("figure svg")!.TextContent;
        Assert.Contains($"Agree{contributions.Count(c => c.Stance == "agree")}", byStance);

        var seen = new List<long>();
        var url = $"/admin/consultations/{id}/analysis";
        while (url is not null)
        {
            var page = await admin.GetDocumentAsync(url);
            seen.AddRange(page.QuerySelectorAll("ol.queue > li").Select(li => long.Parse(li.Id!["contribution-".Length..])));
            url = page.QuerySelector("a[rel=next]")?.GetAttribute("href");
        }
        Assert.Equal(contributions.OrderBy(c => c.CreatedUtc).ThenBy(c => c.Id).Select(c => c.Id), seen);

        var tagged = await admin.GetDocumentAsync($"/admin/consultations/{id}/analysis?tag=نقل");
        Assert.Equal(contributions.Count(c => c.Tags == "نقل"), tagged.QuerySelectorAll("ol.queue > li").Length);
    }
}
