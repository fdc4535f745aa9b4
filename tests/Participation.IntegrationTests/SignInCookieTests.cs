using System.Net;
using Microsoft.Extensions.Time.Testing;
using Participation.Testing;

namespace Participation.IntegrationTests;

/// <summary>
/// The sign-in cookie keeps its limits although its ticket is kept decrypted for a moment after
/// use (<c>CachedTicketFormat</c>): its expiry, and its exact bytes. Signing out and a password
/// reset are in <see cref="AccountTests"/>, each after the cookie was just used.
/// </summary>
public sealed class SignInCookieTests : IDisposable
{
    private const string Password = "Citizen-pass-2026";
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.UtcNow);
    private readonly SiteFactory _site;

    public SignInCookieTests() => _site = new SiteFactory(new SiteOptions { AutoSetup = true, Clock = _clock });

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task A_cookie_used_a_moment_ago_no_longer_opens_the_account_once_it_has_expired()
    {
        var login = (await _site.CreateCitizensAsync(1, Password, "expiring"))[0];
        var cookie = await CopiedCookies.SignInCopyingCookieAsync(_site.CreateSiteClient(), login, Password);
        Assert.Equal(HttpStatusCode.OK, (await CopiedCookies.ReplayAsync(_site, cookie)).StatusCode);

        // The cookie lives 14 days; its ticket was opened a moment ago and is still kept.
        _clock.Advance(TimeSpan.FromDays(15));

        CopiedCookies.AssertSentToSignIn(await CopiedCookies.ReplayAsync(_site, cookie));
    }

    [Fact]
    public async Task A_cookie_changed_by_one_character_is_refused_while_the_one_it_was_made_from_still_opens_the_account()
    {
        var login = (await _site.CreateCitizensAsync(1, Password, "tampered"))[0];
        var cookie = await CopiedCookies.SignInCopyingCookieAsync(_site.CreateSiteClient(), login, Password);
        Assert.Equal(HttpStatusCode.OK, (await CopiedCookies.ReplayAsync(_site, cookie)).StatusCode);

        var middle = cookie.Length / 2;
        var changed = cookie[..middle] + (cookie[middle] == 'A' ? 'B' : 'A') + cookie[(middle + 1)..];

        CopiedCookies.AssertSentToSignIn(await CopiedCookies.ReplayAsync(_site, changed));
        Assert.Equal(HttpStatusCode.OK, (await CopiedCookies.ReplayAsync(_site, cookie)).StatusCode);
    }
}
