using Microsoft.Playwright;
using Participation.Testing;

namespace Participation.BrowserTests;

/// <summary>A newcomer's first minutes, in a real browser: setup, the home page in both languages, the keyboard.</summary>
[Collection(BrowserCollection.Name)]
public class SiteJourneyTests(BrowserFixture browser)
{
    [Fact]
    public async Task A_newcomer_sets_the_site_up_from_the_setup_page_and_lands_in_the_admin()
    {
        using var served = new ServedSite();
        var page = await browser.Browser.NewPageAsync();
        var console = new ConsoleWatch(page);

        await page.GotoAsync(served.BaseUrl + "/");
        Assert.EndsWith("/setup", page.Url);
        await page.GetByLabel("اسم الموقع").FillAsync("وزارة التجربة");
        await page.GetByLabel("البريد الإلكتروني للمدير").FillAsync(SiteFactory.AdminEmail);
        await page.GetByLabel("كلمة المرور").FillAsync("short");
        await page.GetByRole(AriaRole.Button, new() { Name = "إعداد" }).ClickAsync();

        // The weak password comes back with its reason; what was typed stays.
        await Assertions.Expect(page.Locator("#AdminPassword-error")).ToHaveTextAsync("يجب ألا تقل كلمة المرور عن 10 أحرف.");
        await Assertions.Expect(page.GetByLabel("اسم الموقع")).ToHaveValueAsync("وزارة التجربة");
        Assert.Equal("true", await page.GetByLabel("كلمة المرور").GetAttributeAsync("aria-invalid"));

        await page.GetByLabel("كلمة المرور").FillAsync(SiteFactory.AdminPassword);
        await page.GetByLabel("الوصفة").SelectOptionAsync("ParticipationSample");
        await page.GetByRole(AriaRole.Button, new() { Name = "إعداد" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "لوحة المعلومات", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "قائمة الإدارة" })).ToContainTextAsync("المحتوى");
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ArtifactsPath, "admin-dashboard-ar.png"), FullPage = true });
        console.AssertClean();
    }

    [Fact]
    public async Task The_home_page_reads_right_to_left_in_Arabic_and_left_to_right_in_English()
    {
        using var served = new ServedSite(new SiteOptions { AutoSetup = true, Recipe = "ParticipationSample" });
        var page = await browser.Browser.NewPageAsync(new() { ViewportSize = new() { Width = 1280, Height = 800 } });
        var console = new ConsoleWatch(page);

        await page.GotoAsync(served.BaseUrl + "/");
        Assert.Equal("ar", await page.GetAttributeAsync("html", "lang"));
        Assert.Equal("rtl", await page.EvaluateAsync<string>("getComputedStyle(document.body).direction"));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("وزارة الاختبار");
        // The brand sits at the inline start: the right edge in Arabic.
        var brand = await page.Locator(".brand").BoundingBoxAsync();
        Assert.True(brand!.X > 640, $"brand at x={brand.X}");
        // The self-hosted Arabic font is the one in use.
        Assert.True(await page.EvaluateAsync<bool>("document.fonts.ready.then(() => document.fonts.check('16px \"IBM Plex Sans Arabic\"', 'مشاركة'))"));
        await Assertions.Expect(page.Locator("footer")).ToContainTextAsync("هـ");
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ArtifactsPath, "home-ar.png"), FullPage = true });

        await page.GetByRole(AriaRole.Link, new() { Name = "English" }).ClickAsync();
        Assert.Equal("en", await page.GetAttributeAsync("html", "lang"));
        Assert.Equal("ltr", await page.EvaluateAsync<string>("getComputedStyle(document.body).direction"));
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Participation policy", Exact = true })).ToBeVisibleAsync();
        brand = await page.Locator(".brand").BoundingBoxAsync();
        Assert.True(brand!.X < 640, $"brand at x={brand.X}");
        await Assertions.Expect(page.Locator("footer")).ToContainTextAsync("AH");
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ArtifactsPath, "home-en.png"), FullPage = true });

        // The choice sticks: the next page is English too.
        await page.GetByRole(AriaRole.Link, new() { Name = "Participation policy", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Participation policy");
        console.AssertClean();
    }

    [Fact]
    public async Task The_site_is_usable_from_the_keyboard()
    {
        using var served = new ServedSite(new SiteOptions { AutoSetup = true });
        var page = await browser.Browser.NewPageAsync();
        await page.GotoAsync(served.BaseUrl + "/about");

        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("انتقل إلى المحتوى", await page.EvaluateAsync<string>("document.activeElement.textContent"));
        Assert.True(await page.EvaluateAsync<bool>("document.activeElement.getBoundingClientRect().top >= 0"), "the skip link shows when focused");
        await page.Keyboard.PressAsync("Enter");
        Assert.Equal("main", await page.EvaluateAsync<string>("document.activeElement.id"));

        // The cookie notice is dismissed from the keyboard and stays dismissed.
        await page.GetByRole(AriaRole.Button, new() { Name = "حسناً" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("[data-cookie-notice]")).ToHaveCountAsync(0);
        await page.ReloadAsync();
        await Assertions.Expect(page.Locator("[data-cookie-notice]")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task A_citizen_registers_confirms_by_email_and_sees_their_account()
    {
        using var served = new ServedSite(new SiteOptions { AutoSetup = true });
        var page = await browser.Browser.NewPageAsync();
        var console = new ConsoleWatch(page);
        await page.GotoAsync(served.BaseUrl + "/");

        await page.GetByRole(AriaRole.Link, new() { Name = "إنشاء حساب" }).ClickAsync();
        await page.GetByLabel("اسم العرض").FillAsync("سارة");
        await page.GetByLabel("البريد الإلكتروني").FillAsync("sara@mail.example");
        await page.GetByLabel("كلمة المرور", new() { Exact = true }).FillAsync("Sara-pass-2026");
        await page.GetByLabel("أعد كتابة كلمة المرور").FillAsync("Sara-pass-2026");
        await page.GetByLabel("قرأت سياسة المشاركة وأوافق عليها").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "أنشئ حسابي" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("تحقق من بريدك الإلكتروني");

        await page.GotoAsync(served.BaseUrl + await served.Site.ConfirmationLinkAsync("sara@mail.example"));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("تم تأكيد البريد الإلكتروني");
        await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = "تسجيل الدخول" }).ClickAsync();
        await page.GetByLabel("البريد الإلكتروني أو اسم المستخدم").FillAsync("sara@mail.example");
        await page.GetByLabel("كلمة المرور").FillAsync("Sara-pass-2026");
        await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Button, new() { Name = "تسجيل الدخول" }).ClickAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "حسابي" }).ClickAsync();
        await Assertions.Expect(page.Locator(".facts")).ToContainTextAsync("sara@mail.example");
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ArtifactsPath, "account-ar.png"), FullPage = true });
        console.AssertClean();
    }
}
