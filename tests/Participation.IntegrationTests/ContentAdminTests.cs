using System.Net;
using Participation.Testing;

namespace Participation.IntegrationTests;

/// <summary>The admin's content screens on SQLite: the lifecycle, validation, sanitising, languages.</summary>
public class ContentAdminTests(SetUpSite fixture) : IClassFixture<SetUpSite>
{
    [Fact]
    public async Task An_editor_drafts_previews_publishes_revises_and_unpublishes_a_page()
        => await ContentLifecycle.RunAsync(fixture.Site, await fixture.StaffAsync("Editor"));

    [Fact]
    public async Task A_page_without_a_title_or_with_a_taken_path_is_not_saved()
    {
        var editor = await fixture.StaffAsync("Editor");
        var before = (await editor.GetDocumentAsync("/admin/contents")).QuerySelectorAll("tbody tr").Length;

        var untitled = await editor.SubmitFormAsync("/admin/contents/create/Page?culture=en", new Dictionary<string, string> { ["TitlePart.Title"] = " ", ["MarkdownBodyPart.Markdown"] = "kept text" }, submitValue: "save");
        var page = await untitled.ReadDocumentAsync();
        Assert.Contains("Enter a title.", page.ValidationMessages());
        Assert.Equal("kept text", page.QuerySelector("textarea")!.TextContent);

        var taken = await editor.SubmitFormAsync("/admin/contents/create/Page?culture=en", new Dictionary<string, string> { ["TitlePart.Title"] = "Another privacy page", ["AutoroutePart.Path"] = "privacy", ["LocalizationPart.Culture"] = "ar" }, submitValue: "save");
        Assert.Contains("Another item already uses the path 'privacy' in this language.", (await taken.ReadDocumentAsync()).ValidationMessages());

        var reserved = await editor.SubmitFormAsync("/admin/contents/create/Page?culture=en", new Dictionary<string, string> { ["TitlePart.Title"] = "Admin", ["AutoroutePart.Path"] = "admin/x" }, submitValue: "save");
        Assert.Contains("The path 'admin/x' belongs to the site. Choose another.", (await reserved.ReadDocumentAsync()).ValidationMessages());

        Assert.Equal(before, (await editor.GetDocumentAsync("/admin/contents")).QuerySelectorAll("tbody tr").Length);
    }

    [Fact]
    public async Task Script_in_a_body_is_shown_as_text_never_run()
    {
        var editor = await fixture.StaffAsync("Editor");
        var path = $"xss-{Guid.NewGuid():N}"[..20];
        await editor.SubmitFormAsync("/admin/contents/create/Page", new Dictionary<string, string>
        {
            ["TitlePart.Title"] = "<script>alert('t')</script>", ["AutoroutePart.Path"] = path,
            ["MarkdownBodyPart.Markdown"] = "<img src=x onerror=alert(1)> [x](javascript:alert(2))",
        }, submitValue: "publish");

        var html = await (await fixture.Site.CreateSiteClient().GetAsync($"/{path}")).Content.ReadAsStringAsync();
        var document = await FormPosting.ParseAsync(html);
        Assert.Empty(document.QuerySelectorAll("main script"));
        Assert.Empty(document.QuerySelectorAll("main img"));
        Assert.Empty(document.QuerySelectorAll("main [href^='javascript']"));
        Assert.Equal("<script>alert('t')</script>", document.QuerySelector("article h1")!.TextContent);
    }

    [Fact]
    public async Task Visitors_see_the_translation_in_their_language_at_the_same_address()
    {
        var visitor = fixture.Site.CreateSiteClient();
        Assert.Equal("عن المنصة", (await visitor.GetDocumentAsync("/about")).QuerySelector("article h1")!.TextContent);

        var english = await visitor.GetDocumentAsync("/about?culture=en");
        Assert.Equal("About the platform", english.QuerySelector("article h1")!.TextContent);
        Assert.Equal("ltr", english.DocumentElement.GetAttribute("dir"));

        // The language switch remembers the choice in a cookie.
        var switched = await visitor.GetAsync("/culture?culture=en&returnUrl=%2Fabout");
        Assert.Equal("/about", switched.Headers.Location!.OriginalString);
        Assert.Equal("About the platform", (await visitor.GetDocumentAsync("/about")).QuerySelector("article h1")!.TextContent);
        Assert.Equal("/", (await visitor.GetAsync("/culture?culture=ar&returnUrl=https%3A%2F%2Fevil.example")).Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Unknown_addresses_get_a_localised_404_page()
    {
        var response = await fixture.Site.CreateSiteClient().GetAsync("/no-such-page?culture=en");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Page not found", (await response.ReadDocumentAsync()).QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task The_dashboard_counts_content_and_shows_recent_changes()
    {
        var admin = await fixture.AdminAsync();
        var dashboard = await admin.GetDocumentAsync("/admin");
        Assert.Contains("صفحة", dashboard.QuerySelector(".stats")!.TextContent);
        Assert.NotEmpty(dashboard.QuerySelectorAll(".timeline li"));
    }
}
