using Microsoft.Extensions.Time.Testing;
using Microsoft.Playwright;
using Participation.Testing;

namespace Participation.BrowserTests;

/// <summary>Seed 001's six stages in Chromium: from the editor's proposal to the archived report.</summary>
[Collection(BrowserCollection.Name)]
public class ConsultationJourneyTests(BrowserFixture browser)
{
    internal static async Task<IPage> SignedInAsync(IBrowser browser, string baseUrl, string login, string password, int width = 1280, int height = 900)
    {
        var context = await browser.NewContextAsync(new() { ViewportSize = new() { Width = width, Height = height } });
        var page = await context.NewPageAsync();
        await page.GotoAsync(baseUrl + "/account/login");
        await page.GetByLabel("البريد الإلكتروني أو اسم المستخدم").FillAsync(login);
        await page.GetByLabel("كلمة المرور").FillAsync(password);
        await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Button, new() { Name = "تسجيل الدخول" }).ClickAsync();
        return page;
    }

    [Fact]
    public async Task An_editor_consults_a_citizen_contributes_the_consultation_closes_itself_and_is_decided_and_archived()
    {
        await using var smtp = await SmtpTestServer.StartNewAsync();
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        using var served = new ServedSite(new SiteOptions { AutoSetup = true, Clock = clock, Settings = smtp.SiteSettings });
        var site = served.Site;

        // Staff and a citizen (confirmed through the email that reaches the SMTP server).
        var http = site.CreateSiteClient();
        await http.SignInAsync(SiteFactory.AdminUserName, SiteFactory.AdminPassword);
        await http.SubmitFormAsync("/admin/users/create", new Dictionary<string, string> { ["UserName"] = "editor", ["DisplayName"] = "المحرر", ["Email"] = "editor@ministry.example", ["Password"] = "Editor-pass-2026", ["Roles"] = "Editor" });
        await http.SubmitFormAsync("/admin/users/create", new Dictionary<string, string> { ["UserName"] = "moderator", ["DisplayName"] = "المشرف", ["Email"] = "moderator@ministry.example", ["Password"] = "Moderator-pass-1", ["Roles"] = "Moderator" });
        var citizenHttp = site.CreateSiteClient();
        await citizenHttp.SubmitFormAsync("/account/register", new Dictionary<string, string> { ["DisplayName"] = "ريم", ["Email"] = "reem@mail.example", ["Password"] = "Reem-pass-2026", ["ConfirmPassword"] = "Reem-pass-2026", ["AcceptPolicy"] = "true" });
        (await citizenHttp.GetAsync(await smtp.ConfirmationLinkAsync("reem@mail.example"))).EnsureSuccessStatusCode();

        // 1–2. The editor proposes and publishes, then opens participation.
        var editor = await SignedInAsync(browser.Browser, served.BaseUrl, "editor", "Editor-pass-2026");
        await editor.GotoAsync(served.BaseUrl + "/admin/contents/create/Consultation");
        await editor.GetByLabel("العنوان", new() { Exact = true }).FillAsync("تنظيم مواقف السيارات في وسط المدينة");
        await editor.GetByLabel("المسار").FillAsync("parking");
        await editor.GetByLabel("الملخص").FillAsync("نقترح مواقف بأجر رمزي وممرات مشاة أوسع.");
        await editor.GetByLabel("نهاية المشاركة").FillAsync(clock.GetUtcNow().UtcDateTime.AddHours(3).AddDays(2).ToString("yyyy-MM-ddTHH:mm"));
        await editor.GetByRole(AriaRole.Button, new() { Name = "نشر", Exact = true }).ClickAsync();
        await Assertions.Expect(editor.GetByRole(AriaRole.Status)).ToContainTextAsync("نُشر");
        await editor.GetByRole(AriaRole.Button, new() { Name = "فتح المشاركة" }).ClickAsync();
        await Assertions.Expect(editor.Locator(".stage-line [aria-current=step]")).ToHaveTextAsync("جمع المساهمات");
        var editUrl = editor.Url;

        // 3. A citizen contributes from the public page.
        var citizen = await SignedInAsync(browser.Browser, served.BaseUrl, "reem@mail.example", "Reem-pass-2026");
        await citizen.GotoAsync(served.BaseUrl + "/consultations");
        await citizen.GetByRole(AriaRole.Link, new() { Name = "تنظيم مواقف السيارات في وسط المدينة" }).ClickAsync();
        await Assertions.Expect(citizen.Locator(".timeline-stages [aria-current=step]")).ToContainTextAsync("جمع المساهمات");
        await citizen.GetByLabel("أؤيد").CheckAsync();
        await citizen.GetByLabel("تعليقك").FillAsync("أؤيد الفكرة بشرط توفير مواقف لذوي الإعاقة قرب المداخل.");
        await citizen.GetByLabel("أوافق على سياسة المشاركة").CheckAsync();
        await citizen.GetByRole(AriaRole.Button, new() { Name = "إرسال" }).ClickAsync();
        await Assertions.Expect(citizen.GetByRole(AriaRole.Status)).ToContainTextAsync("سيظهر تعليقك بعد أن يراجعه المشرف");

        // 3. A moderator approves it.
        var moderator = await SignedInAsync(browser.Browser, served.BaseUrl, "moderator", "Moderator-pass-1");
        await moderator.GotoAsync(served.BaseUrl + "/admin/moderation");
        await moderator.Locator("article.queue-item", new() { HasText = "مواقف لذوي الإعاقة" }).GetByRole(AriaRole.Button, new() { Name = "اعتماد" }).ClickAsync();
        await citizen.ReloadAsync();
        await Assertions.Expect(citizen.Locator(".comment-list")).ToContainTextAsync("مواقف لذوي الإعاقة");

        // 4. Time passes: at its closing date the consultation closes by itself.
        clock.Advance(TimeSpan.FromDays(3));
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while ((await editor.Locator(".stage-line [aria-current=step]").TextContentAsync())?.Trim() != "تحليل المساهمات")
        {
            Assert.True(DateTime.UtcNow < deadline, "the consultation did not close at its closing date");
            await Task.Delay(300);
            await editor.ReloadAsync();
        }

        // 5. The editor writes and announces the decision; the participant is emailed.
        await editor.GetByLabel("القرار", new() { Exact = true }).FillAsync("نعتمد المواقف بأجر رمزي، مع 20 موقفاً لذوي الإعاقة قرب المداخل.");
        await editor.GetByLabel("ما الذي تغيّر بفضل المشاركين").FillAsync("أضفنا مواقف لذوي الإعاقة كما اقترح المشاركون.");
        await editor.GetByRole(AriaRole.Button, new() { Name = "نشر", Exact = true }).ClickAsync();
        await editor.GetByRole(AriaRole.Button, new() { Name = "إعلان القرار" }).ClickAsync();
        var decision = await smtp.WaitForMailAsync("reem@mail.example", "صدر القرار");
        Assert.Contains("20 موقفاً لذوي الإعاقة", decision.Message.TextBody);
        await citizen.GotoAsync(served.BaseUrl + "/parking");
        await Assertions.Expect(citizen.Locator(".decision")).ToContainTextAsync("أضفنا مواقف لذوي الإعاقة");
        await citizen.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ArtifactsPath, "consultation-decided-ar.png"), FullPage = true });

        // 6. The editor archives it: the report is printed to PDF with the statistics.
        await editor.GetByRole(AriaRole.Button, new() { Name = "أرشفة" }).ClickAsync();
        await Assertions.Expect(editor.Locator(".stage-line [aria-current=step]")).ToHaveTextAsync("الإغلاق والأرشفة");
        var id = editUrl.Split('/')[5];
        var response = await editor.Context.APIRequest.GetAsync($"{served.BaseUrl}/admin/consultations/{id}/report.pdf");
        Assert.Equal(200, response.Status);
        var pdfPath = Path.Combine(BrowserFixture.ArtifactsPath, "archive-report.pdf");
        await File.WriteAllBytesAsync(pdfPath, await response.BodyAsync());
        var text = await PdfText.CompactAsync(pdfPath);
        Assert.Contains("إحصاءاتالمشاركة", text);
        Assert.Contains("المساهمات1", text);  // one contribution
        Assert.Contains("المشاركون1", text);  // from one participant
        Assert.Contains("تنظيممواقفالسيارات", text);
    }
}
