using System.Net;
using System.Text.RegularExpressions;
using Participation.Testing;

namespace Participation.IntegrationTests;

/// <summary>Bytes on a phone's connection: compressed text, and versioned files cached for a year.</summary>
public class TransferTests(SetUpSite fixture) : IClassFixture<SetUpSite>
{
    [Theory]
    [InlineData("/", "br", "br")]
    [InlineData("/_content/Participation.Theme/css/site.css", "br", "br")]
    [InlineData("/_content/Participation.Theme/js/site.js", "gzip", "gzip")]
    [InlineData("/_content/Participation.Theme/favicon.svg", "br, gzip", "br")]
    public async Task Text_comes_compressed_when_the_browser_accepts_it(string path, string accepted, string expected)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.TryAddWithoutValidation("Accept-Encoding", accepted);

        var response = await fixture.Site.CreateSiteClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([expected], response.Content.Headers.ContentEncoding);
    }

    [Fact]
    public async Task Without_Accept_Encoding_the_text_comes_as_it_is()
    {
        var response = await fixture.Site.CreateSiteClient().GetAsync("/_content/Participation.Theme/css/site.css");
        Assert.Empty(response.Content.Headers.ContentEncoding);
        Assert.Contains("font-family", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_versioned_stylesheet_is_cached_for_a_year_and_the_page_itself_is_not()
    {
        var client = fixture.Site.CreateSiteClient();
        var home = await client.GetAsync("/");
        var html = await home.Content.ReadAsStringAsync();
        var versioned = Regex.Match(html, "href=\"(/_content/Participation.Theme/css/site.css\\?v=[^\"]+)\"").Groups[1].Value;
        Assert.NotEmpty(versioned);

        var css = await client.GetAsync(WebUtility.HtmlDecode(versioned));

        Assert.Equal(HttpStatusCode.OK, css.StatusCode);
        Assert.Equal(TimeSpan.FromDays(365), css.Headers.CacheControl?.MaxAge);
        Assert.Contains("immutable", css.Headers.CacheControl!.Extensions.Select(e => e.Name));
        Assert.NotEqual(TimeSpan.FromDays(365), home.Headers.CacheControl?.MaxAge);
        // Without its version the same file may change under the same address: no year-long promise.
        Assert.Null((await client.GetAsync("/_content/Participation.Theme/css/site.css")).Headers.CacheControl?.MaxAge);
    }

    [Fact]
    public async Task Pages_preload_the_web_font_their_language_needs()
    {
        var client = fixture.Site.CreateSiteClient();
        Assert.Contains("rel=\"preload\" href=\"/_content/Participation.Theme/fonts/ibm-plex-sans-arabic-arabic-400-normal.woff2\" as=\"font\"", await client.GetStringAsync("/"));
        Assert.Contains("rel=\"preload\" href=\"/_content/Participation.Theme/fonts/ibm-plex-sans-arabic-latin-400-normal.woff2\" as=\"font\"", await client.GetStringAsync("/?culture=en"));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/_content/Participation.Theme/fonts/ibm-plex-sans-arabic-arabic-400-normal.woff2")).StatusCode);
    }
}
