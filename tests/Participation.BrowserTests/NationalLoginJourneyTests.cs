using Microsoft.Playwright;
using Participation.Testing;

namespace Participation.BrowserTests;

/// <summary>The national login in Chromium against a real OpenID Connect provider on loopback.</summary>
[Collection(BrowserCollection.Name)]
public class NationalLoginJourneyTests(BrowserFixture browser)
{
    [Fact]
    public async Task A_citizen_signs_in_through_the_national_login_lands_verified_and_votes_in_a_verified_only_poll()
    {
        await using var provider = await OidcTestProvider.StartAsync();
        var person = provider.AddPerson("citizen-one", "1098765432", "ريم المواطنة");
        using var served = new ServedSite(new SiteOptions { AutoSetup = true, Settings = provider.SiteSettings("nafath") });
        var admin = served.Site.CreateSiteClient();
        await admin.SignInAsync(SiteFactory.AdminUserName, SiteFactory.AdminPassword);
        var (_, path) = await admin.OpenPollAsync(DateTime.UtcNow, "هل نوسّع ممرات المشاة؟", ["نعم", "لا"], eligibility: "VerifiedIdentity");

        var context = await browser.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        var console = new ConsoleWatch(page);
        await page.GotoAsync(served.BaseUrl + "/account/login?returnUrl=" + Uri.EscapeDataString(path));
        await page.GetByRole(AriaRole.Button, new() { Name = "الدخول عبر النفاذ الوطني" }).ClickAsync();

        // The provider's own page, then back on the site to finish the account.
        await page.GetByLabel("Login").FillAsync(person.Login);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "أكمل إنشاء حسابك" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByLabel("اسم العرض")).ToHaveValueAsync("ريم المواطنة");
        await page.GetByLabel("البريد الإلكتروني").FillAsync("reem@mail.example");
        await page.GetByLabel("قرأت سياسة المشاركة وأوافق عليها").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "أنشئ حسابي" }).ClickAsync();

        await page.WaitForURLAsync(served.BaseUrl + path);
        await page.GetByLabel("نعم").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "صوّت" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("احتُسب صوتك");

        await page.GotoAsync(served.BaseUrl + "/account");
        var facts = page.Locator("dl.facts");
        await Assertions.Expect(facts).ToContainTextAsync("وُثّقت عبر النفاذ الوطني");
        Assert.DoesNotContain(person.NationalId!, await page.ContentAsync());
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ArtifactsPath, "national-login-account.png"), FullPage = true });
        console.AssertClean();
    }

    [Fact]
    public async Task A_provider_that_is_down_gets_a_page_saying_what_to_do()
    {
        var provider = await OidcTestProvider.StartAsync();
        using var served = new ServedSite(new SiteOptions { AutoSetup = true, Settings = provider.SiteSettings("nafath") });
        await provider.DisposeAsync();

        var page = await (await browser.Browser.NewContextAsync()).NewPageAsync();
        await page.GotoAsync(served.BaseUrl + "/account/login");
        await page.GetByRole(AriaRole.Button, new() { Name = "الدخول عبر النفاذ الوطني" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "لم يكتمل الدخول عبر النفاذ الوطني" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".national-login-problem")).ToContainTextAsync("لا يستجيب النفاذ الوطني الآن");
        await page.GetByRole(AriaRole.Link, new() { Name = "العودة إلى صفحة تسجيل الدخول" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "تسجيل الدخول" })).ToBeVisibleAsync();
    }
}
