using Microsoft.Playwright;
using Participation.Testing;

namespace Participation.BrowserTests;

/// <summary>A citizen comments, a moderator hides it with a reason, the citizen sees the reason — in Chromium.</summary>
[Collection(BrowserCollection.Name)]
public class ModerationJourneyTests(BrowserFixture browser)
{
    private static async Task SignInAsync(IPage page, string baseUrl, string login, string password)
    {
        await page.GotoAsync(baseUrl + "/account/login");
        await page.GetByLabel("البريد الإلكتروني أو اسم المستخدم").FillAsync(login);
        await page.GetByLabel("كلمة المرور").FillAsync(password);
        await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Button, new() { Name = "تسجيل الدخول" }).ClickAsync();
    }

    [Fact]
    public async Task A_citizen_sees_why_the_moderator_hid_their_comment()
    {
        using var served = new ServedSite(new SiteOptions { AutoSetup = true });
        var site = served.Site;

        // The editor opens comments on a page; a moderator account exists.
        var admin = site.CreateSiteClient();
        await admin.SignInAsync(SiteFactory.AdminUserName, SiteFactory.AdminPassword);
        await admin.SubmitFormAsync("/admin/contents/create/Page", new Dictionary<string, string>
        {
            ["TitlePart.Title"] = "تطوير الواجهة البحرية", ["AutoroutePart.Path"] = "waterfront", ["MarkdownBodyPart.Markdown"] = "شاركونا آراءكم.", ["CommentsPart.Enabled"] = "true",
        }, submitValue: "publish");
        await admin.SubmitFormAsync("/admin/users/create", new Dictionary<string, string>
        {
            ["UserName"] = "moderator", ["DisplayName"] = "المشرفة", ["Email"] = "moderator@ministry.example", ["Password"] = "Moderator-pass-1", ["Roles"] = "Moderator",
        });
        var citizenClient = site.CreateSiteClient();
        await citizenClient.RegisterCitizenAsync(site, "hala@mail.example", "Hala-pass-2026", "هالة");

        // The citizen comments, accepting the terms at her first contribution.
        var citizen = await browser.Browser.NewContextAsync();
        var page = await citizen.NewPageAsync();
        var console = new ConsoleWatch(page);
        await SignInAsync(page, served.BaseUrl, "hala@mail.example", "Hala-pass-2026");
        await page.GotoAsync(served.BaseUrl + "/waterfront");
        await page.GetByLabel("تعليقك").FillAsync("أقترح ممشى مظللاً ومقاعد على طول الواجهة، ومن لا يوافق غبي.");
        await page.GetByLabel("أوافق على سياسة المشاركة").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "إرسال" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("سيظهر تعليقك بعد أن يراجعه المشرف");
        await Assertions.Expect(page.Locator(".comment-own")).ToContainTextAsync("ينتظر مراجعة المشرف");

        // The moderator finds it flagged for language and hides it with that reason.
        var moderatorContext = await browser.Browser.NewContextAsync();
        var moderator = await moderatorContext.NewPageAsync();
        await SignInAsync(moderator, served.BaseUrl, "moderator", "Moderator-pass-1");
        await moderator.GotoAsync(served.BaseUrl + "/admin/moderation");
        var item = moderator.Locator("article.queue-item", new() { HasText = "ممشى مظللاً" });
        await Assertions.Expect(item.Locator(".flags")).ToContainTextAsync("لغة غير لائقة");
        await item.GetByLabel("سبب الإخفاء").SelectOptionAsync("inappropriate-language");
        await item.GetByRole(AriaRole.Button, new() { Name = "إخفاء", Exact = true }).ClickAsync();
        await Assertions.Expect(moderator.GetByRole(AriaRole.Status)).ToContainTextAsync("حُدّثت مساهمة واحدة");

        // The citizen sees the reason on the page.
        await page.ReloadAsync();
        await Assertions.Expect(page.Locator(".comment-own")).ToContainTextAsync("أخفاه المشرفون. السبب: لغة غير لائقة.");
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ArtifactsPath, "comment-hidden-ar.png"), FullPage = true });
        await AccessibilityTests.AssertNoViolationsAsync(page, "a page with comments (ar)");
        await AccessibilityTests.AssertNoViolationsAsync(moderator, "the moderation queue (ar)");
        console.AssertClean();
    }
}
