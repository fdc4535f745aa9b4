using AngleSharp.Dom;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using System.Net;
using Participation.Testing;

namespace Participation.IntegrationTests;

/// <summary>Citizens' accounts: register, confirm, sign in, lockout, reset, delete.</summary>
public class AccountTests(SetUpSite fixture) : IClassFixture<SetUpSite>
{
    private SiteFactory Site => fixture.Site;
    private static string NewEmail() => $"citizen-{Guid.NewGuid():N}@mail.example";

    private static Dictionary<string, string> Registration(string email, string password = "Citizen-pass-1") => new()
    {
        ["DisplayName"] = "نورة", ["Email"] = email, ["Password"] = password, ["ConfirmPassword"] = password, ["AcceptPolicy"] = "true",
    };

    private static Dictionary<string, string> WithName(Dictionary<string, string> form, string displayName)
    {
        form["DisplayName"] = displayName;
        return form;
    }

    [Fact]
    public async Task A_citizen_confirms_the_email_before_signing_in()
    {
        var client = Site.CreateSiteClient();
        var email = NewEmail();

        var registered = await client.SubmitFormAsync("/account/register", Registration(email));
        Assert.Contains(email, (await registered.ReadDocumentAsync()).QuerySelector("main")!.TextContent);

        var mail = await Site.WaitForMailAsync(email, SiteClient.ConfirmationSubject);
        Assert.StartsWith("أكّد بريدك الإلكتروني", mail.Subject);
        Assert.Contains("dir=\"rtl\"", mail.Message.HtmlBody);

        var early = await client.SubmitFormAsync("/account/login", new Dictionary<string, string> { ["Login"] = email, ["Password"] = "Citizen-pass-1" });
        Assert.Contains("أكّد بريدك الإلكتروني أولاً: أرسلنا إليك رابطاً عند التسجيل.", (await early.ReadDocumentAsync()).ValidationMessages());

        // The early sign-in sent the link again; the first one still confirms (which copy arrives when is not the point).
        var confirmed = await client.GetDocumentAsync(SiteClient.LinkIn(mail));
        Assert.Equal("تم تأكيد البريد الإلكتروني", confirmed.QuerySelector("h1")!.TextContent);

        await client.SignInAsync(email, "Citizen-pass-1");
        var account = await client.GetDocumentAsync("/account");
        Assert.Contains(email, account.QuerySelector(".facts")!.TextContent);
        Assert.DoesNotContain(email, await (await Site.CreateSiteClient().GetAsync("/")).Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Registration_explains_each_problem_and_keeps_what_was_typed()
    {
        var client = Site.CreateSiteClient();
        var response = await client.SubmitFormAsync("/account/register?culture=en", new Dictionary<string, string>
        {
            ["DisplayName"] = "Sara", ["Email"] = "not-an-email", ["Password"] = "abc", ["ConfirmPassword"] = "abd", ["AcceptPolicy"] = "false",
        });

        var page = await response.ReadDocumentAsync();
        var messages = page.ValidationMessages();
        Assert.Contains("Enter a valid email address.", messages);
        Assert.Contains("The two passwords differ.", messages);
        Assert.Contains("Accept the participation policy to create an account.", messages);
        Assert.Equal("Sara", page.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#DisplayName")!.Value);
        Assert.Equal("true", page.QuerySelector("#Email")!.GetAttribute("aria-invalid"));
    }

    [Fact]
    public async Task A_display_name_carrying_a_phone_number_or_an_email_is_refused_and_kept_to_correct()
    {
        const string name = "Ali 0551234567 ali.pii@example.com";
        var email = NewEmail();
        var response = await Site.CreateSiteClient().SubmitFormAsync("/account/register", WithName(Registration(email), name));
        var page = await response.ReadDocumentAsync();
        Assert.Contains("يظهر الاسم في الصفحات العامة: لا تضع فيه أرقام هواتف ولا عناوين بريد إلكتروني ولا غيرها من البيانات الشخصية.", page.ValidationMessages());
        Assert.Equal(name, page.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#DisplayName")!.Value);

        var spelledOut = WithName(Registration(email), "علي 05ـ51234567");
        var english = await (await Site.CreateSiteClient().SubmitFormAsync("/account/register?culture=en", spelledOut)).ReadDocumentAsync();
        Assert.Contains("The name is shown on public pages: leave out phone numbers, email addresses and other personal data.", english.ValidationMessages());

        using var scope = Site.Services.CreateScope();
        Assert.Null(await scope.ServiceProvider.GetRequiredService<UserManager<Participation.Users.ParticipationUser>>().FindByEmailAsync(email));
    }

    [Fact]
    public async Task A_weak_password_is_refused()
    {
        var weak = await Site.CreateSiteClient().SubmitFormAsync("/account/register?culture=en", Registration(NewEmail(), "password"));
        Assert.Contains("The password must have at least 10 characters.", (await weak.ReadDocumentAsync()).ValidationMessages());
    }

    [Fact]
    public async Task Registering_a_taken_email_shows_the_same_page_as_a_new_one_and_tells_the_owner()
    {
        var owner = NewEmail();
        await fixture.CitizenAsync(owner);
        var newcomer = NewEmail();

        var fresh = await Site.CreateSiteClient().SubmitFormAsync("/account/register", Registration(newcomer));
        var again = await Site.CreateSiteClient().SubmitFormAsync("/account/register", Registration(owner, "Another-pass-2"));

        Assert.Equal(fresh.StatusCode, again.StatusCode);
        Assert.Equal((await fresh.ReadDocumentAsync()).QuerySelector("main")!.TextContent.Replace(newcomer, "EMAIL"),
            (await again.ReadDocumentAsync()).QuerySelector("main")!.TextContent.Replace(owner, "EMAIL"));
        var notice = await Site.WaitForMailAsync(owner, "محاولة تسجيل ببريدك الإلكتروني");
        Assert.Contains("/account/login", notice.Message.TextBody);
        await Site.CreateSiteClient().SignInAsync(owner, "Citizen-pass-1");
    }

    [Fact]
    public async Task An_unknown_login_and_wrong_passwords_get_the_same_page()
    {
        var confirmed = NewEmail();
        await fixture.CitizenAsync(confirmed);
        var unconfirmed = NewEmail();
        await Site.CreateSiteClient().SubmitFormAsync("/account/register", Registration(unconfirmed));
        var unknown = NewEmail();

        async Task<(HttpStatusCode Status, string Body)> WrongPasswordAsync(string login)
        {
            var response = await Site.CreateSiteClient().SubmitFormAsync("/account/login", new Dictionary<string, string> { ["Login"] = login, ["Password"] = "Wrong-pass-99" });
            var body = await response.Content.ReadAsStringAsync();
            // Each page has its own antiforgery token, the footer's clock (and nonces, once scripts have them); the typed login is echoed.
            body = System.Text.RegularExpressions.Regex.Replace(body, "(name=\"__RequestVerificationToken\" type=\"hidden\" value=\"|nonce=\"|<time datetime=\")[^\"]*", "$1");
            return (response.StatusCode, body.Replace(login, "LOGIN"));
        }

        var forUnknown = await WrongPasswordAsync(unknown);
        var forConfirmed = await WrongPasswordAsync(confirmed);
        var forUnconfirmed = await WrongPasswordAsync(unconfirmed);

        Assert.Equal(HttpStatusCode.OK, forUnknown.Status);
        Assert.Contains("البريد الإلكتروني أو كلمة المرور غير صحيحة", forUnknown.Body);
        Assert.Equal(forUnknown, forConfirmed);
        Assert.Equal(forUnknown, forUnconfirmed);
    }

    [Fact]
    public async Task Five_wrong_passwords_make_that_client_wait_even_with_the_right_one()
    {
        var email = NewEmail();
        await fixture.CitizenAsync(email);
        var client = Site.CreateSiteClient();
        for (var i = 0; i < 5; i++)
            await client.SubmitFormAsync("/account/login", new Dictionary<string, string> { ["Login"] = email, ["Password"] = "wrong-password" });

        var response = await client.SubmitFormAsync("/account/login?culture=en", new Dictionary<string, string> { ["Login"] = email, ["Password"] = "Citizen-pass-1" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Too many failed attempts", string.Join(" ", (await response.ReadDocumentAsync()).ValidationMessages()));
    }

    [Fact]
    public async Task A_forgotten_password_is_reset_from_the_emailed_link()
    {
        var email = NewEmail();
        await fixture.CitizenAsync(email);
        var client = Site.CreateSiteClient();

        var unknown = await client.SubmitFormAsync("/account/forgot-password", new Dictionary<string, string> { ["Email"] = "nobody@mail.example" });
        var known = await client.SubmitFormAsync("/account/forgot-password", new Dictionary<string, string> { ["Email"] = email });

        // Both answers read the same, so the page tells nobody who has an account.
        Assert.Equal((await unknown.ReadDocumentAsync()).QuerySelector("main")!.TextContent, (await known.ReadDocumentAsync()).QuerySelector("main")!.TextContent);
        var resetLink = await Site.LinkInMailAsync(email, SiteClient.PasswordResetSubject);
        Assert.StartsWith("/account/reset-password", resetLink);
        Assert.DoesNotContain(Site.Mails, m => m.IsFor("nobody@mail.example"));

        var reset = await client.SubmitFormAsync(resetLink, new Dictionary<string, string> { ["Password"] = "New-pass-2026x", ["ConfirmPassword"] = "New-pass-2026x" });
        Assert.Equal(HttpStatusCode.OK, reset.StatusCode);
        Assert.Equal("تغيّرت كلمة المرور", (await reset.ReadDocumentAsync()).QuerySelector("h1")!.TextContent);
        await client.SignInAsync(email, "New-pass-2026x");
    }

    [Fact]
    public async Task A_cookie_copied_before_signing_out_no_longer_opens_the_account()
    {
        var email = NewEmail();
        await fixture.CitizenAsync(email);
        var client = Site.CreateSiteClient();
        var cookie = await CopiedCookies.SignInCopyingCookieAsync(client, email, "Citizen-pass-1");
        // Used just before: its ticket is kept decrypted (CachedTicketFormat), and is refused all the same.
        Assert.Equal(HttpStatusCode.OK, (await CopiedCookies.ReplayAsync(Site, cookie)).StatusCode);

        await client.SubmitFormAsync("/account", new Dictionary<string, string>(), "main form[action='/account/logout']");

        CopiedCookies.AssertSentToSignIn(await CopiedCookies.ReplayAsync(Site, cookie));
    }

    [Fact]
    public async Task A_password_reset_ends_the_sessions_signed_in_before_it()
    {
        var email = NewEmail();
        await fixture.CitizenAsync(email);
        var cookie = await CopiedCookies.SignInCopyingCookieAsync(Site.CreateSiteClient(), email, "Citizen-pass-1");
        Assert.Equal(HttpStatusCode.OK, (await CopiedCookies.ReplayAsync(Site, cookie)).StatusCode);

        var other = Site.CreateSiteClient();
        await other.SubmitFormAsync("/account/forgot-password", new Dictionary<string, string> { ["Email"] = email });
        var reset = await other.SubmitFormAsync(await Site.LinkInMailAsync(email, SiteClient.PasswordResetSubject), new Dictionary<string, string> { ["Password"] = "New-pass-2026x", ["ConfirmPassword"] = "New-pass-2026x" });
        Assert.Equal(HttpStatusCode.OK, reset.StatusCode);

        CopiedCookies.AssertSentToSignIn(await CopiedCookies.ReplayAsync(Site, cookie));
    }

    [Fact]
    public async Task Deleting_an_account_needs_the_password_and_leaves_no_personal_data()
    {
        var email = NewEmail();
        var client = await fixture.CitizenAsync(email);

        await client.SubmitFormAsync("/account", new Dictionary<string, string> { ["Password"] = "wrong" }, "form[action='/account/delete']");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/account")).StatusCode);

        var deleted = await client.SubmitFormAsync("/account", new Dictionary<string, string> { ["Password"] = "Citizen-pass-1" }, "form[action='/account/delete']");
        Assert.Equal("حُذف الحساب", (await deleted.ReadDocumentAsync()).QuerySelector("h1")!.TextContent);

        var again = await Site.CreateSiteClient().SubmitFormAsync("/account/login", new Dictionary<string, string> { ["Login"] = email, ["Password"] = "Citizen-pass-1" });
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);

        var admin = await fixture.AdminAsync();
        var audit = await (await admin.GetAsync("/admin/audit?category=User")).Content.ReadAsStringAsync();
        Assert.Contains("حذف حسابه", audit);
        Assert.DoesNotContain(email, audit);
    }

    [Fact]
    public async Task The_only_administrator_cannot_delete_their_account()
    {
        var admin = await fixture.AdminAsync();
        var response = await admin.SubmitFormAsync("/account", new Dictionary<string, string> { ["Password"] = SiteFactory.AdminPassword }, "form[action='/account/delete']");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("أنت المدير الوحيد", (await admin.GetDocumentAsync("/account")).QuerySelector(".notice-error")!.TextContent);
    }
}

/// <summary>Wrong passwords slow the client that types them, never the account's owner elsewhere.</summary>
public class SignInThrottleTests
{
    [Fact]
    public async Task A_stranger_guessing_passwords_does_not_keep_the_administrator_out()
    {
        using var site = new SiteFactory(new SiteOptions { AutoSetup = true, SignInFailuresPerAddress = 10 });
        var stranger = site.CreateSiteClient(IPAddress.Parse("203.0.113.9"));
        async Task<IReadOnlyList<string>> TryAsync(string login, string password)
            => (await (await stranger.SubmitFormAsync("/account/login?culture=en", new Dictionary<string, string> { ["Login"] = login, ["Password"] = password })).ReadDocumentAsync()).ValidationMessages();

        for (var i = 0; i < 5; i++) Assert.Contains("The email or password is not correct.", await TryAsync(SiteFactory.AdminUserName, $"guess-{i}"));
        Assert.Contains("Too many failed attempts", string.Join(" ", await TryAsync(SiteFactory.AdminUserName, SiteFactory.AdminPassword)));
        // Spraying other logins from the same address runs into the address's own limit.
        for (var i = 0; i < 5; i++) await TryAsync($"someone{i}@mail.example", "guess");
        Assert.Contains("Too many failed attempts", string.Join(" ", await TryAsync("someone-else@mail.example", "guess")));

        await site.CreateSiteClient(IPAddress.Parse("198.51.100.7")).SignInAsync(SiteFactory.AdminUserName, SiteFactory.AdminPassword);
    }
}
