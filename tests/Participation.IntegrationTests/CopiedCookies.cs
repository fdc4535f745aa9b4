using System.Net;
using Participation.Testing;

namespace Participation.IntegrationTests;

/// <summary>A sign-in cookie as a browser sends it, replayed from a client that keeps no cookies: what someone who copied it would send.</summary>
internal static class CopiedCookies
{
    /// <summary>Signs in and returns the auth cookie as a browser would send it, to replay from elsewhere.</summary>
    public static async Task<string> SignInCopyingCookieAsync(HttpClient client, string login, string password)
    {
        var response = await client.SubmitFormAsync("/account/login", new Dictionary<string, string> { ["Login"] = login, ["Password"] = password });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(".Participation.Auth=", StringComparison.Ordinal)).Split(';')[0];
    }

    /// <summary>GET /account with only <paramref name="cookie"/>, from a client that keeps no cookies of its own.</summary>
    public static async Task<HttpResponseMessage> ReplayAsync(SiteFactory site, string cookie)
    {
        var client = site.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        var request = new HttpRequestMessage(HttpMethod.Get, "/account");
        request.Headers.Add("Cookie", cookie);
        return await client.SendAsync(request);
    }

    /// <summary>The replay was sent to sign in: the account did not open.</summary>
    public static void AssertSentToSignIn(HttpResponseMessage replayed)
    {
        Assert.Equal(HttpStatusCode.Redirect, replayed.StatusCode);
        Assert.StartsWith("/account/login", replayed.Headers.Location!.PathAndQuery);
    }
}
