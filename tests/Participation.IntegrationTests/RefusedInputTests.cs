using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Participation.Data;
using Participation.Requests.Models;
using Participation.Testing;

namespace Participation.IntegrationTests;

/// <summary>What the site does with input it refuses: over-long drafts stay off the cookies, disguised files are not kept.</summary>
public class RefusedInputTests(InputSite fixture) : IClassFixture<InputSite>
{
    private static int CookieBytes(HttpResponseMessage response)
        => response.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies.Sum(c => c.Length) : 0;

    [Fact]
    public async Task An_over_long_comment_is_offered_back_without_growing_the_cookies()
    {
        var admin = await fixture.AdminAsync();
        var path = $"drafts-{Guid.NewGuid():N}"[..20];
        await admin.SubmitFormAsync("/admin/contents/create/Page", new Dictionary<string, string>
        {
            ["TitlePart.Title"] = "مسودات", ["AutoroutePart.Path"] = path, ["MarkdownBodyPart.Markdown"] = "ما رأيكم؟", ["CommentsPart.Enabled"] = "true",
        }, submitValue: "publish");
        var login = (await fixture.Site.CreateCitizensAsync(1, "Citizen-pass-1"))[0];
        var citizen = fixture.Site.CreateSiteClient();
        await citizen.SignInAsync(login, "Citizen-pass-1");

        // A megabyte is refused before it is read: no form of the site sends one.
        var huge = await citizen.SubmitFormAsync($"/{path}", new Dictionary<string, string> { ["text"] = new string('ن', 1024 * 1024), ["acceptTerms"] = "true" }, "form.comment-form");
        Assert.InRange((int)huge.StatusCode, 400, 499);
        Assert.InRange(CookieBytes(huge), 0, 4096);
        Assert.Equal(HttpStatusCode.OK, (await citizen.GetAsync($"/{path}")).StatusCode);

        // Too long to publish, short enough to read: refused, and offered back from the server.
        var draft = "رأيي في الخطة: " + new string('ح', 4_000);
        var refused = await citizen.SubmitFormAsync($"/{path}", new Dictionary<string, string> { ["text"] = draft, ["acceptTerms"] = "true" }, "form.comment-form");
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.InRange(CookieBytes(refused), 0, 4096);
        var page = await citizen.GetAsync($"/{path}");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.InRange(CookieBytes(page), 0, 4096);
        Assert.Equal(draft, (await page.ReadDocumentAsync()).QuerySelector("#comment-text")!.TextContent);
    }

    [Fact]
    public async Task A_pdf_that_is_also_a_web_page_is_refused_on_a_complaint_and_nothing_is_kept()
    {
        static Task<int> CountAsync(IServiceProvider services) => services.GetRequiredService<IDataSession>().Set<ServiceRequest>().CountAsync();
        await using var scope = fixture.Site.Services.CreateAsyncScope();
        var before = await CountAsync(scope.ServiceProvider);
        var polyglot = "%PDF-1.4\n<html><body><script>alert(document.cookie)</script></body></html>\n%%EOF\n"u8.ToArray();
        var visitor = fixture.Site.CreateSiteClient();

        var response = await visitor.SubmitFormWithFilesAsync("/requests/complaint",
            new Dictionary<string, string> { ["Name"] = "منى", ["Email"] = "mona@mail.example", ["Subject"] = "مرفق", ["Message"] = "نص الشكوى", ["Category"] = "other" },
            [("attachments", "invoice.pdf", polyglot)]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("«invoice.pdf» ليس من أنواع الملفات المقبولة", (await response.ReadDocumentAsync()).QuerySelector("#f-Attachments-error")!.TextContent);
        await using var after = fixture.Site.Services.CreateAsyncScope();
        Assert.Equal(before, await CountAsync(after.ServiceProvider));
        var stored = Path.Combine(fixture.Site.DataPath, "requests");
        Assert.False(Directory.Exists(stored) && Directory.EnumerateFiles(stored, "*", SearchOption.AllDirectories).Any());
    }
}
