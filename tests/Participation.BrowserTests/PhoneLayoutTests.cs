using Microsoft.Playwright;
using Participation.Testing;

namespace Participation.BrowserTests;

/// <summary>
/// The site on a 390-px phone, in Arabic: no page scrolls sideways, the menus fold behind a
/// button that works from the keyboard, and the cookie notice never hides the field in focus.
/// A picture of each page lands in artifacts/phone.
/// </summary>
[Collection(BrowserCollection.Name)]
public class PhoneLayoutTests(BrowserFixture browser)
{
    private const int Width = 390, Height = 844;
    private static readonly string Pictures = Directory.CreateDirectory(Path.Combine(BrowserFixture.ArtifactsPath, "phone")).FullName;

    public static readonly string[] PublicPages =
    [
        "/", "/consultations", "/shaded-walkways", "/library-evening-hours", "/bus-stop-shelters", "/polls", "/polls/archive", "/park-hours-poll", "/library-services-poll",
        "/how-to-take-part", "/participation-policy", "/requests", "/requests/complaint", "/requests/suggestion", "/requests/contact", "/requests/track",
        "/account/login", "/account/register", "/account/forgot-password", "/no-such-page",
        "/surveys", "/building-permits-satisfaction", "/surveys/sample-satisfaction-survey/answer",
    ];

    public static readonly string[] AdminPages =
    [
        "/admin", "/admin/contents", "/admin/contents/create/Page", "/admin/contents/create/Consultation", "/admin/contents/create/Poll", "/admin/contents/shaded-walkways/edit",
        "/admin/consultations/shaded-walkways/analysis", "/admin/users", "/admin/users/create", "/admin/roles", "/admin/roles/Editor", "/admin/settings", "/admin/recipes", "/admin/audit",
        "/admin/email", "/admin/workflows", "/admin/workflows/close-consultation", "/admin/moderation", "/admin/moderation/policy", "/admin/moderation/bans",
        "/admin/requests", "/admin/requests/settings", "/admin/requests/figures", "/admin/departments", "/admin/audiences",
        "/admin/surveys", "/admin/surveys/services", "/admin/contents/create/Survey", "/admin/surveys/sample-satisfaction-survey/builder", "/admin/surveys/sample-satisfaction-survey/preview/en",
        "/admin/surveys/services/building-permits/trend",
    ];

    private static string PictureName(string url) => (url.Trim('/').Replace('/', '-') is { Length: > 0 } name ? name : "home") + ".png";

    private static async Task AssertNoSidewaysScrollAsync(IPage page, string url, List<string> wide)
    {
        await page.GotoAsync(page.Url[..page.Url.IndexOf('/', 8)] + url);
        await page.EvaluateAsync("document.fonts.ready.then(() => true)");
        var scrollWidth = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        var innerWidth = await page.EvaluateAsync<int>("window.innerWidth");
        await page.ScreenshotAsync(new() { Path = Path.Combine(Pictures, (url.StartsWith("/admin") ? "admin-" : "") + PictureName(url)), FullPage = true });
        if (scrollWidth > innerWidth) wide.Add($"{url}: {scrollWidth} px");
    }

    [Fact]
    public async Task No_public_or_admin_page_scrolls_sideways_on_a_phone()
    {
        using var served = new ServedSite(new SiteOptions { AutoSetup = true, Recipe = "ParticipationSample" });
        var wide = new List<string>();
        var visitor = await (await browser.Browser.NewContextAsync(new() { ViewportSize = new() { Width = Width, Height = Height } })).NewPageAsync();
        await visitor.GotoAsync(served.BaseUrl + "/");
        foreach (var url in PublicPages) await AssertNoSidewaysScrollAsync(visitor, url, wide);

        var admin = await ConsultationJourneyTests.SignedInAsync(browser.Browser, served.BaseUrl, SiteFactory.AdminUserName, SiteFactory.AdminPassword, Width, Height);
        foreach (var url in AdminPages) await AssertNoSidewaysScrollAsync(admin, url, wide);
        Assert.True(wide.Count == 0, "Pages wider than the phone: " + string.Join(", ", wide));
    }

    [Fact]
    public async Task The_menus_fold_behind_a_button_that_opens_from_the_keyboard()
    {
        using var served = new ServedSite(new SiteOptions { AutoSetup = true, Recipe = "ParticipationSample" });
        var phone = await (await browser.Browser.NewContextAsync(new() { ViewportSize = new() { Width = Width, Height = Height } })).NewPageAsync();
        await phone.GotoAsync(served.BaseUrl + "/");
        var polls = phone.Locator(".site-nav a[href='/polls']");
        await Assertions.Expect(polls).ToBeHiddenAsync();
        var menu = phone.Locator(".site-menu > summary");
        await menu.FocusAsync();
        await phone.Keyboard.PressAsync("Enter");
        await Assertions.Expect(polls).ToBeVisibleAsync();
        await phone.ScreenshotAsync(new() { Path = Path.Combine(Pictures, "home-menu-open.png") });
        await polls.ClickAsync();
        await Assertions.Expect(phone).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/polls$"));

        // On a wide screen the menu is simply there, without its button.
        var desktop = await (await browser.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 } })).NewPageAsync();
        await desktop.GotoAsync(served.BaseUrl + "/");
        await Assertions.Expect(desktop.Locator(".site-nav a[href='/polls']")).ToBeVisibleAsync();
        await Assertions.Expect(desktop.Locator(".site-menu > summary")).ToBeHiddenAsync();

        // The admin's sixteen-item menu folds the same way, so the page's own content comes first.
        var admin = await ConsultationJourneyTests.SignedInAsync(browser.Browser, served.BaseUrl, SiteFactory.AdminUserName, SiteFactory.AdminPassword, Width, Height);
        await admin.GotoAsync(served.BaseUrl + "/admin/users");
        var users = admin.Locator(".admin-menu a[href='/admin/users']");
        await Assertions.Expect(users).ToBeHiddenAsync();
        var heading = await admin.GetByRole(AriaRole.Heading, new() { Level = 1 }).BoundingBoxAsync();
        Assert.True(heading!.Y < Height / 2, $"the page's heading starts {heading.Y} px down, below the menu");
        await admin.Locator(".admin-menu summary").FocusAsync();
        await admin.Keyboard.PressAsync("Enter");
        await Assertions.Expect(users).ToBeVisibleAsync();
        await admin.ScreenshotAsync(new() { Path = Path.Combine(Pictures, "admin-menu-open.png") });
    }

    [Theory]
    [InlineData("/requests/complaint")]
    [InlineData("/account/register")]
    public async Task Tabbing_through_a_form_on_a_phone_every_focused_control_is_in_sight(string url)
    {
        using var served = new ServedSite(new SiteOptions { AutoSetup = true, Recipe = "ParticipationSample" });
        var page = await (await browser.Browser.NewContextAsync(new() { ViewportSize = new() { Width = Width, Height = Height } })).NewPageAsync();
        await page.GotoAsync(served.BaseUrl + url);
        await Assertions.Expect(page.Locator("[data-cookie-notice]")).ToBeVisibleAsync();

        var covered = new List<string>();
        var order = new List<string>();
        for (var i = 0; i < 60; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            var focus = await page.EvaluateAsync<string[]>("""
                () => {
                  const el = document.activeElement;
                  if (!el || el === document.body) return ['', 'true'];
                  // A link may wrap over two lines: take its first line box.
                  const r = el.getClientRects()[0] || el.getBoundingClientRect();
                  const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
                  const name = el.id || el.getAttribute('name') || el.getAttribute('data-cookie-accept') !== null && 'cookie-ok' || el.textContent.trim().slice(0, 30);
                  return [el.tagName + ' ' + name, String(hit === el || el.contains(hit))];
                }
                """);
            if (focus[0].Length == 0) continue;
            if (order.Contains(focus[0])) break;
            order.Add(focus[0]);
            if (focus[1] != "true") covered.Add(focus[0]);
        }
        Assert.True(covered.Count == 0, $"{url}: covered while in focus: {string.Join(", ", covered)}");
        Assert.True(order.Count > 5, $"{url}: only {order.Count} stops: {string.Join(", ", order)}");
        // The notice comes early, before the form: it is read and dismissed first, not last.
        var notice = order.IndexOf("BUTTON cookie-ok");
        var firstField = order.FindIndex(o => o.StartsWith("INPUT", StringComparison.Ordinal));
        Assert.True(notice >= 0 && notice < firstField, $"{url}: tab order {string.Join(", ", order)}");
    }
}
