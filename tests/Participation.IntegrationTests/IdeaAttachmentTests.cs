using System.Net;
using System.Text;
using Participation.Ideas.Models;
using Participation.Testing;

namespace Participation.IntegrationTests;

/// <summary>Files on ideas as authors, moderators and visitors meet them: checked by name and content, shown with the idea once public, served as downloads, locked with the text.</summary>
public class IdeaAttachmentTests(IdeaSite fixture) : IClassFixture<IdeaSite>
{
    private const string Description = "نقترح تركيب مظلات شمسية فوق مواقف السيارات العامة لتوليد الكهرباء وتظليل السيارات.";
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52];

    [Fact]
    public async Task Files_are_checked_shown_with_the_public_idea_served_as_downloads_and_locked_at_the_first_support()
    {
        var topic = await fixture.TopicAsync("أفكار للطاقة النظيفة");
        var (_, people) = await fixture.Site.SignedInCitizensAsync(2, IdeaSite.Password, "files");
        var author = people[0];
        var form = $"/ideas/{topic}/propose";
        var fields = new Dictionary<string, string> { ["Title"] = "مظلات شمسية في المواقف العامة", ["Description"] = Description };
        Task<HttpResponseMessage> ProposeAsync(params (string Field, string FileName, byte[] Content)[] files) => author.SubmitFormWithFilesAsync(form, fields, files, "main form.editor");
        async Task<string> RefusalAsync(HttpResponseMessage response)
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var page = await response.ReadDocumentAsync();
            Assert.Equal("مظلات شمسية في المواقف العامة", page.QuerySelector("#f-Title")!.GetAttribute("value"));
            return page.QuerySelector("#f-Files-error")!.TextContent.Trim();
        }

        // A program named as a PDF, a web page, a file over the limit and a fourth file are refused, with what was typed kept.
        Assert.Equal("«setup.pdf» ليس من الملفات التي تقبلها الأفكار: PDF أو Word (docx) أو JPEG أو PNG.", await RefusalAsync(await ProposeAsync(("files", "setup.pdf", [(byte)'M', (byte)'Z', 0x90, 0, 3, 0]))));
        Assert.Equal("«page.html» ليس من الملفات التي تقبلها الأفكار: PDF أو Word (docx) أو JPEG أو PNG.", await RefusalAsync(await ProposeAsync(("files", "page.html", "<html><script>alert(1)</script></html>"u8.ToArray()))));
        var big = new byte[6 * 1024 * 1024];
        Pdf.CopyTo(big, 0);
        Assert.Equal("حجم «big.pdf» أكبر من 5 ميجابايت.", await RefusalAsync(await ProposeAsync(("files", "big.pdf", big))));
        Assert.Equal("لا تقبل الفكرة أكثر من 3 ملفات.", await RefusalAsync(await ProposeAsync(("files", "a.pdf", Pdf), ("files", "b.pdf", Pdf), ("files", "c.png", Png), ("files", "d.png", Png))));

        // A plan and a picture are accepted; the moderator sees and opens them before approving, a visitor cannot yet.
        var id = SiteIdeas.IdeaIdOf(await ProposeAsync(("files", "الخطة.pdf", Pdf), ("files", "موقع.png", Png)));
        var moderator = await fixture.AdminAsync();
        var links = (await moderator.GetDocumentAsync("/admin/ideas/review")).QuerySelectorAll($"#review-{id} a[download]").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Equal(2, links.Count);
        Assert.Equal(Pdf, await (await moderator.GetAsync(links[0])).Content.ReadAsByteArrayAsync());
        var visitor = fixture.Site.CreateSiteClient();
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync(links[0])).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await moderator.SubmitButtonFormAsync("/admin/ideas/review", $"/admin/ideas/review/{id}/approve")).StatusCode);

        // Public now: the idea page lists them; each comes as a download of its checked type, never sniffed or kept by a shared cache.
        var page = await visitor.GetDocumentAsync($"/ideas/idea/{id}");
        Assert.Equal(["الخطة.pdf", "موقع.png"], page.QuerySelectorAll(".idea-attachments a").Select(a => a.TextContent));
        var download = await visitor.GetAsync(page.QuerySelector(".idea-attachments a")!.GetAttribute("href"));
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(Pdf, await download.Content.ReadAsByteArrayAsync());
        Assert.Equal("application/pdf", download.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal("nosniff", download.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.True(download.Headers.CacheControl!.NoStore);
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync($"/ideas/idea/{id}/files/0123456789abcdef")).StatusCode);

        // Once supported, its files cannot change any more than its text.
        await people[1].PressSupportAsync($"/ideas/{topic}", id);
        var locked = await author.SubmitFormWithFilesAsync($"/ideas/idea/{id}/edit", new Dictionary<string, string>(), [("files", "extra.pdf", Pdf)], "main form.editor");
        Assert.Contains("أيّد آخرون هذه الفكرة", (await locked.ReadDocumentAsync()).QuerySelector("#problems")!.TextContent);
        Assert.Equal(2, (await visitor.GetDocumentAsync($"/ideas/idea/{id}")).QuerySelectorAll(".idea-attachments a").Length);
    }
}
