using System.Net;
using Participation.Testing;

namespace Participation.IntegrationTests;

/// <summary>
/// An editor's whole round with a page — draft, preview, publish, edit as a new draft,
/// publish again, history, unpublish — written once and run on SQLite and PostgreSQL.
/// </summary>
public static class ContentLifecycle
{
    public static async Task RunAsync(SiteFactory site, HttpClient editor)
    {
        var visitor = site.CreateSiteClient();
        var path = $"consultation-guide-{Guid.NewGuid():N}"[..30];

        var created = await editor.SubmitFormAsync("/admin/contents/create/Page", new Dictionary<string, string>
        {
            ["TitlePart.Title"] = "دليل الاستشارات",
            ["AutoroutePart.Path"] = path,
            ["LocalizationPart.Culture"] = "ar",
            ["MarkdownBodyPart.Markdown"] = "## لماذا نستشير\n\nنص أول.",
        }, submitValue: "save");
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var editUrl = created.Headers.Location!.OriginalString;
        var id = editUrl.Split('/')[3];

        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync($"/{path}")).StatusCode);
        var preview = await editor.GetDocumentAsync($"/admin/contents/{id}/preview");
        Assert.Equal("دليل الاستشارات", preview.QuerySelector("article h1")!.TextContent);
        Assert.NotNull(preview.QuerySelector(".notice-preview"));

        Assert.Equal(HttpStatusCode.Redirect, (await editor.SubmitFormAsync(editUrl, new Dictionary<string, string>(), "main form.editor", submitValue: "publish")).StatusCode);
        var live = await visitor.GetDocumentAsync($"/{path}");
        Assert.Equal("دليل الاستشارات", live.QuerySelector("article h1")!.TextContent);
        Assert.Equal("لماذا نستشير", live.QuerySelector("article h2")!.TextContent);

        // Editing a published page makes a draft: the public keeps the published text.
        await editor.SubmitFormAsync(editUrl, new Dictionary<string, string> { ["TitlePart.Title"] = "دليل الاستشارات العامة" }, "main form.editor", submitValue: "save");
        Assert.Equal("دليل الاستشارات", (await visitor.GetDocumentAsync($"/{path}")).QuerySelector("article h1")!.TextContent);
        Assert.Equal("دليل الاستشارات العامة", (await editor.GetDocumentAsync($"/admin/contents/{id}/preview")).QuerySelector("article h1")!.TextContent);

        await editor.SubmitFormAsync(editUrl, new Dictionary<string, string>(), "main form.editor", submitValue: "publish");
        Assert.Equal("دليل الاستشارات العامة", (await visitor.GetDocumentAsync($"/{path}")).QuerySelector("article h1")!.TextContent);

        var history = await editor.GetDocumentAsync($"/admin/contents/{id}/history");
        Assert.Equal(2, history.QuerySelectorAll("table tbody tr").Length);
        var events = history.QuerySelectorAll(".timeline li").Select(li => li.TextContent).ToList();
        Assert.Contains(events, e => e.Contains("أُنشئ"));
        Assert.Equal(2, events.Count(e => e.Contains("— منشور —")));

        Assert.Equal(HttpStatusCode.Redirect, (await editor.SubmitButtonFormAsync(editUrl, $"/admin/contents/{id}/unpublish")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync($"/{path}")).StatusCode);
    }
}
