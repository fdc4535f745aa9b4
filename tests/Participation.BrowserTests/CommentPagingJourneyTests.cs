using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Participation.Comments;
using Participation.Comments.Models;
using Participation.Data;
using Participation.Testing;

namespace Participation.BrowserTests;

/// <summary>"More comments" in Chromium: the next batch is appended in place and the keyboard goes on from its first comment.</summary>
[Collection(BrowserCollection.Name)]
public class CommentPagingJourneyTests(BrowserFixture browser)
{
    [Fact]
    public async Task More_comments_appends_the_next_batch_without_a_reload_and_moves_focus_to_its_first_comment()
    {
        using var served = new ServedSite(new SiteOptions { AutoSetup = true });
        var admin = served.Site.CreateSiteClient();
        await admin.SignInAsync(SiteFactory.AdminUserName, SiteFactory.AdminPassword);
        var created = await admin.SubmitFormAsync("/admin/contents/create/Page", new Dictionary<string, string>
        {
            ["TitlePart.Title"] = "آراء السكان في الحدائق", ["AutoroutePart.Path"] = "parks-thread", ["CommentsPart.Enabled"] = "true",
        }, submitValue: "publish");
        var itemId = created.Headers.Location!.OriginalString.Split('/')[3];
        var start = DateTime.UtcNow.AddHours(-5);
        var comments = Enumerable.Range(0, 25).Select(i => new Comment
        {
            ContentItemId = itemId, AuthorId = $"author-{i}", AuthorName = $"مشارك {i}", Text = $"رأي رقم {i}", Status = CommentStatus.Published, CreatedUtc = start.AddMinutes(i),
        }).ToList();
        using (var scope = served.Site.Services.CreateScope())
        {
            var session = scope.ServiceProvider.GetRequiredService<IDataSession>();
            session.Set<Comment>().AddRange(comments);
            await session.SaveChangesAsync();
        }
        // Newest first: the 21st shown is the fifth written.
        var firstOfNextBatch = comments[4];

        var context = await browser.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(served.BaseUrl + "/parks-thread");
        var topLevel = page.Locator(".comment-list > li > article.comment");
        await Assertions.Expect(topLevel).ToHaveCountAsync(20);
        // Survives only if the page is not loaded again.
        await page.EvaluateAsync("() => { window.stillThisPage = true; }");

        var more = page.GetByRole(AriaRole.Link, new() { Name = "مزيد من التعليقات" });
        await more.FocusAsync();
        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(topLevel).ToHaveCountAsync(25);
        Assert.True(await page.EvaluateAsync<bool>("() => window.stillThisPage === true"));
        Assert.Equal(served.BaseUrl + "/parks-thread", page.Url);
        await Assertions.Expect(page.Locator($"#comment-{firstOfNextBatch.Id}")).ToBeFocusedAsync();
        await Assertions.Expect(more).ToHaveCountAsync(0); // the last batch: no link to a further one
    }
}
