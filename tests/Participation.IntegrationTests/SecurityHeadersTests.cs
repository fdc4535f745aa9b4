using System.Net;
using Participation.Testing;

namespace Participation.IntegrationTests;

/// <summary>Every response carries the browser-side defences: public pages, admin pages, error pages, files.</summary>
public class SecurityHeadersTests(SetUpSite fixture) : IClassFixture<SetUpSite>
{
    public static TheoryData<string, bool, HttpStatusCode> Responses => new()
    {
        { "/", false, HttpStatusCode.OK },
        { "/admin", true, HttpStatusCode.OK },
        { "/no-such-page", false, HttpStatusCode.NotFound },
        { "/_content/Participation.Theme/css/site.css", false, HttpStatusCode.OK },
    };

    [Theory, MemberData(nameof(Responses))]
    public async Task The_response_carries_the_security_headers(string path, bool asAdmin, HttpStatusCode status)
    {
        var client = asAdmin ? await fixture.AdminAsync() : fixture.Site.CreateSiteClient();

        var response = await client.GetAsync(path);

        Assert.Equal(status, response.StatusCode);
        var csp = Header(response, "Content-Security-Policy");
        var directives = csp.Split(';', StringSplitOptions.TrimEntries).ToDictionary(d => d.Split(' ')[0], d => d);
        Assert.Equal("default-src 'self'", directives["default-src"]);
        Assert.StartsWith("script-src 'self' 'nonce-", directives["script-src"]);
        Assert.DoesNotContain("unsafe-inline", directives["script-src"]);
        Assert.DoesNotContain("unsafe-inline", directives["style-src"]);
        Assert.Equal("frame-ancestors 'self'", directives["frame-ancestors"]);
        Assert.Equal("object-src 'none'", directives["object-src"]);
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("strict-origin-when-cross-origin", Header(response, "Referrer-Policy"));
        Assert.Equal("camera=(), microphone=(), geolocation=()", Header(response, "Permissions-Policy"));
    }

    [Fact]
    public async Task Each_page_gets_a_fresh_nonce()
    {
        var client = fixture.Site.CreateSiteClient();
        var first = Header(await client.GetAsync("/"), "Content-Security-Policy");
        var second = Header(await client.GetAsync("/"), "Content-Security-Policy");
        Assert.NotEqual(first, second);
    }

    private static string Header(HttpResponseMessage response, string name)
        => response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(", ", values)
            : throw new Xunit.Sdk.XunitException($"{name} is missing on {response.RequestMessage?.RequestUri}");
}
