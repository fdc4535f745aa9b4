using System.Net;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Participation.Testing;
using Participation.Users;
using Participation.Users.Services;

namespace Participation.IntegrationTests;

/// <summary>
/// A signed-in person's account is kept in memory (<c>SessionStamps</c>): their security stamp,
/// checked on every request, and the principal their cookie is refreshed with once a minute. An
/// admin's role removal or lock still ends a session at once after the account was kept, and the
/// minute's refresh gives the claims Identity's own factory gives. Signing out and a password reset
/// are in <see cref="AccountTests"/>.
/// </summary>
public sealed class SessionRefreshTests : IDisposable
{
    private const string Password = "Staff-pass-2026";
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.UtcNow);
    private readonly SiteFactory _site;

    public SessionRefreshTests() => _site = new SiteFactory(new SiteOptions { AutoSetup = true, Clock = _clock });

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task Removing_a_persons_role_or_locking_their_account_ends_their_session_at_once_after_it_was_kept()
    {
        var admin = await new SetUpSiteAdapter(_site).AdminAsync();
        var (demoted, demotedPage) = await StaffAsync(admin, "demoted");
        var (locked, lockedPage) = await StaffAsync(admin, "locked");
        var demotedCookie = await CopiedCookies.SignInCopyingCookieAsync(_site.CreateSiteClient(), demoted, Password);
        var lockedCookie = await CopiedCookies.SignInCopyingCookieAsync(_site.CreateSiteClient(), locked, Password);
        // Used twice: the account is now kept in memory, and its ticket decrypted.
        foreach (var cookie in new[] { demotedCookie, lockedCookie, demotedCookie, lockedCookie })
            Assert.Equal(HttpStatusCode.OK, (await CopiedCookies.ReplayAsync(_site, cookie)).StatusCode);

        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitFormAsync(demotedPage, new Dictionary<string, string> { ["roles"] = "" }, $"form[action='{demotedPage}']")).StatusCode);
        CopiedCookies.AssertSentToSignIn(await CopiedCookies.ReplayAsync(_site, demotedCookie));
        Assert.Equal(HttpStatusCode.OK, (await CopiedCookies.ReplayAsync(_site, lockedCookie)).StatusCode);

        await admin.SubmitButtonFormAsync(lockedPage, $"{lockedPage}/lock");
        CopiedCookies.AssertSentToSignIn(await CopiedCookies.ReplayAsync(_site, lockedCookie));
    }

    [Fact]
    public async Task A_minute_on_the_cookie_is_reissued_from_the_kept_account_with_the_claims_Identitys_factory_gives()
    {
        var admin = await new SetUpSiteAdapter(_site).AdminAsync();
        var (login, _) = await StaffAsync(admin, "refreshed");
        using (var scope = _site.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ParticipationUser>>();
            await users.AddClaimAsync((await users.FindByNameAsync(login))!, new Claim("policy_accepted", "2026"));
        }
        var cookie = await CopiedCookies.SignInCopyingCookieAsync(_site.CreateSiteClient(), login, Password);
        Assert.Equal(HttpStatusCode.OK, (await CopiedCookies.ReplayAsync(_site, cookie)).StatusCode);

        _clock.Advance(TimeSpan.FromMinutes(2));
        var refreshed = await CopiedCookies.ReplayAsync(_site, cookie);
        Assert.Equal(HttpStatusCode.OK, refreshed.StatusCode);
        var reissued = refreshed.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(".Participation.Auth=", StringComparison.Ordinal)).Split(';')[0];
        Assert.NotEqual(cookie, reissued);
        Assert.Equal(HttpStatusCode.OK, (await CopiedCookies.ReplayAsync(_site, reissued)).StatusCode);

        using (var scope = _site.Services.CreateScope())
        {
            var services = scope.ServiceProvider;
            var user = (await services.GetRequiredService<UserManager<ParticipationUser>>().FindByNameAsync(login))!;
            var expected = await services.GetRequiredService<IUserClaimsPrincipalFactory<ParticipationUser>>().CreateAsync(user);
            var stamps = services.GetRequiredService<SessionStamps>();
            var kept = await stamps.PrincipalAsync((await stamps.CurrentAsync(expected))!);
            Assert.Equal(Claims(expected), Claims(kept));
            Assert.Contains(Claims(kept), c => c.Item1 == "Permission");
            Assert.Contains(("policy_accepted", "2026"), Claims(kept));
            var (want, got) = ((ClaimsIdentity)expected.Identity!, (ClaimsIdentity)kept.Identity!);
            Assert.Equal((want.AuthenticationType, want.NameClaimType, want.RoleClaimType, want.Name), (got.AuthenticationType, got.NameClaimType, got.RoleClaimType, got.Name));
        }
    }

    private static List<(string, string)> Claims(ClaimsPrincipal principal)
        => [.. principal.Claims.Select(c => (c.Type, c.Value)).Order()];

    /// <summary>A moderator made through the admin's form (letters only: a name may be shown publicly); their login and admin page.</summary>
    private async Task<(string Login, string Page)> StaffAsync(HttpClient admin, string name)
    {
        var response = await admin.SubmitFormAsync("/admin/users/create", new Dictionary<string, string>
        {
            ["UserName"] = name, ["DisplayName"] = "مشرف", ["Email"] = $"{name}@ministry.example", ["Password"] = Password, ["Roles"] = "Moderator",
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = (await admin.GetDocumentAsync($"/admin/users?q={name}@ministry.example")).QuerySelector("tbody a")!.GetAttribute("href")!;
        return (name, page);
    }
}
