using System.Net;
using Participation.Testing;

namespace Participation.IntegrationTests;

/// <summary>Behind a proxy: the visitor's address comes from the proxy's header, and only from a proxy the site trusts.</summary>
public class ForwardedHeadersTests
{
    private static Dictionary<string, string> Login => new() { ["Login"] = "someone@mail.example", ["Password"] = "whatever" };

    /// <summary>A visitor as nginx on this machine passes them on: from loopback, with their own address in X-Forwarded-For.</summary>
    private static HttpClient ThroughProxy(SiteFactory site, string visitor)
    {
        var client = site.CreateSiteClient(IPAddress.Loopback);
        client.DefaultRequestHeaders.Add("X-Forwarded-For", visitor);
        return client;
    }

    [Fact]
    public async Task Visitors_behind_the_proxy_each_get_their_own_rate_limit_and_a_forged_header_from_elsewhere_changes_nothing()
    {
        using var site = new SiteFactory(new SiteOptions { AutoSetup = true, RateLimitPermits = 2 });
        var first = ThroughProxy(site, "203.0.113.7");
        var second = ThroughProxy(site, "198.51.100.20");
        for (var i = 0; i < 2; i++) await first.SubmitFormAsync("/account/login", Login);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await first.SubmitFormAsync("/account/login", Login)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await second.SubmitFormAsync("/account/login", Login)).StatusCode);

        // Not a known proxy: its X-Forwarded-For is ignored, so a new header each time buys no new bucket.
        var direct = site.CreateSiteClient(IPAddress.Parse("192.0.2.44"));
        for (var i = 0; i < 3; i++)
        {
            direct.DefaultRequestHeaders.Remove("X-Forwarded-For");
            direct.DefaultRequestHeaders.Add("X-Forwarded-For", $"203.0.113.{100 + i}");
            var response = await direct.SubmitFormAsync("/account/login", Login);
            Assert.Equal(i < 2 ? HttpStatusCode.OK : HttpStatusCode.TooManyRequests, response.StatusCode);
        }
    }
}
