using System.Net;
using Participation.Testing;

namespace Participation.IntegrationTests;

/// <summary>The live preview's endpoint: the public pages' Markdown pipeline, for editors posting their form's token only.</summary>
public class MarkdownPreviewEndpointTests(SetUpSite fixture) : IClassFixture<SetUpSite>
{
    [Fact]
    public async Task Renders_sanitised_Markdown_for_an_editor_with_the_forms_token_and_for_nobody_else()
    {
        var admin = await fixture.AdminAsync();
        var token = (await admin.GetDocumentAsync("/admin/contents/create/Page")).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        const string text = "**مهم** <img src=x onerror=alert(1)> [رابط](javascript:alert(1))";

        var preview = await admin.PostAsync("/admin/markdown-preview", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["markdown"] = text }));
        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        var html = await preview.Content.ReadAsStringAsync();
        Assert.Contains("<strong>مهم</strong>", html);
        Assert.DoesNotContain("<img", html);
        Assert.DoesNotContain("href=\"javascript", html);

        var withoutToken = await admin.PostAsync("/admin/markdown-preview", new FormUrlEncodedContent(new Dictionary<string, string> { ["markdown"] = text }));
        Assert.Equal(HttpStatusCode.BadRequest, withoutToken.StatusCode);
        var visitor = await fixture.Site.CreateSiteClient().PostAsync("/admin/markdown-preview", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["markdown"] = text }));
        Assert.NotEqual(HttpStatusCode.OK, visitor.StatusCode);
    }
}
