using System.Net;
using Microsoft.Playwright;
using Participation.Testing;

namespace Participation.BrowserTests;

/// <summary>An idea's journey in Chromium: proposed in Arabic with a similar idea shown while typing, approved, supported from the list without a reload, and merged into the idea it repeats.</summary>
[Collection(BrowserCollection.Name)]
public class IdeaJourneyTests(BrowserFixture browser)
{
    private const string Password = "Citizen-pass-2026";

    [Fact]
    public async Task A_citizen_proposes_in_Arabic_sees_a_similar_idea_a_moderator_approves_another_supports_it_from_the_list_and_a_moderator_merges_it_into_the_idea_it_repeats()
    {
        using var served = new ServedSite(new SiteOptions { AutoSetup = true, Recipe = "ParticipationSample" });
        var logins = await served.Site.CreateCitizensAsync(3, Password, "ideas");
        var author = await SignedInPageAsync(served, logins[0]);
        var console = new ConsoleWatch(author);

        await author.GotoAsync(served.BaseUrl + "/ideas");
        await author.GetByRole(AriaRole.Link, new() { Name = "كيف نجعل الحدائق العامة أجمل وأكثر راحة؟" }).ClickAsync();
        await AccessibilityTests.AssertNoViolationsAsync(author, "idea topic (ar)");
        await author.GetByRole(AriaRole.Link, new() { Name = "قدّم فكرة" }).ClickAsync();

        // Typed without hamza and with haa for taa marbuta: the published idea on lighting is offered.
        await author.GetByLabel("العنوان").PressSequentiallyAsync("انارة الحديقه ليلا للعائلات", new() { Delay = 20 });
        var similar = author.Locator("#similar-ideas");
        // The first search of a cold site opens the index: allow it time.
        var lighting = similar.Locator("li", new() { HasText = "إنارة موفرة للطاقة في ممرات الحدائق" });
        await Assertions.Expect(lighting).ToHaveCountAsync(1, new() { Timeout = 20000 });
        await Assertions.Expect(lighting.GetByRole(AriaRole.Link, new() { Name = "أيّد هذه بدلاً من ذلك" })).ToHaveAttributeAsync("href", "/ideas/idea/idea-park-lights#idea-idea-park-lights");
        await AccessibilityTests.AssertNoViolationsAsync(author, "idea form with similar ideas (ar)");

        await author.GetByLabel("الوصف").FillAsync("إضاءة أركان الجلوس في الحدائق حتى منتصف الليل لتستفيد منها العائلات بعد انكسار الحر.");
        await author.GetByLabel("الفئة").SelectOptionAsync("المرافق");
        await author.GetByRole(AriaRole.Button, new() { Name = "إرسال الفكرة" }).ClickAsync();
        await Assertions.Expect(author.GetByRole(AriaRole.Status)).ToContainTextAsync("استلمنا فكرتك");
        await Assertions.Expect(author.Locator("main")).ToContainTextAsync("بانتظار أن يراجعها المشرف");
        var ideaId = author.Url.Split('/')[^1];

        // The moderator approves it from the review page.
        var moderator = served.Site.CreateSiteClient();
        await moderator.SignInAsync(SiteFactory.AdminUserName, SiteFactory.AdminPassword);
        Assert.Equal(HttpStatusCode.Redirect, (await moderator.SubmitButtonFormAsync("/admin/ideas/review", $"/admin/ideas/review/{ideaId}/approve")).StatusCode);

        // Another citizen supports it from the list: the count moves, the page does not reload.
        var supporter = await SignedInPageAsync(served, logins[1]);
        await supporter.GotoAsync(served.BaseUrl + "/ideas/idea-topic-parks?sort=Newest");
        await supporter.EvaluateAsync("() => { window.stillHere = true; }");
        var card = supporter.Locator($"#idea-{ideaId}");
        await card.GetByRole(AriaRole.Button, new() { Name = "تأييد" }).ClickAsync();
        await Assertions.Expect(card.Locator("[data-supports]")).ToHaveTextAsync("1");
        await Assertions.Expect(card.GetByRole(AriaRole.Button, new() { Name = "سحب تأييدي" })).ToHaveAttributeAsync("aria-pressed", "true");
        await Assertions.Expect(card.Locator("[data-support-message]")).ToContainTextAsync("احتُسب تأييدك");
        await Assertions.Expect(supporter.Locator("[data-supports-left]")).ToContainTextAsync("بقي لك تأييدان");
        Assert.True(await supporter.EvaluateAsync<bool>("() => window.stillHere === true"));

        // The author reads the published idea with its support, in English too.
        await author.GotoAsync($"{served.BaseUrl}/ideas/idea/{ideaId}?culture=en");
        await Assertions.Expect(author.Locator("html")).ToHaveAttributeAsync("dir", "ltr");
        await Assertions.Expect(author.Locator(".idea-timeline")).ToContainTextAsync("Published");
        await Assertions.Expect(author.Locator($"#idea-{ideaId} [data-supports]")).ToHaveTextAsync("1");
        await AccessibilityTests.AssertNoViolationsAsync(author, "idea page (en)");
        await author.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ArtifactsPath, "idea-en.png"), FullPage = true });

        // The new idea repeats the published lighting idea: a third citizen supports it, the supporter supports both.
        var third = served.Site.CreateSiteClient();
        await third.SignInAsync(logins[2], Password);
        Assert.Equal(HttpStatusCode.Redirect, (await third.PressSupportAsync("/ideas/idea-topic-parks?sort=Newest", ideaId)).StatusCode);
        await supporter.GotoAsync(served.BaseUrl + "/ideas/idea-topic-parks?sort=Newest");
        var lights = supporter.Locator("#idea-idea-park-lights");
        await lights.GetByRole(AriaRole.Button, new() { Name = "تأييد" }).ClickAsync();
        await Assertions.Expect(lights.Locator("[data-supports]")).ToHaveTextAsync("1");

        // A moderator merges the duplicate into the lighting idea the merge page offers.
        var admin = await SignedInPageAsync(served, SiteFactory.AdminUserName, SiteFactory.AdminPassword);
        await admin.GotoAsync($"{served.BaseUrl}/admin/ideas/merge/{ideaId}");
        await admin.GetByLabel("إنارة موفرة للطاقة في ممرات الحدائق").CheckAsync();
        await AccessibilityTests.AssertNoViolationsAsync(admin, "merge page (ar)");
        await admin.GetByRole(AriaRole.Button, new() { Name = "دمج", Exact = true }).ClickAsync();
        await Assertions.Expect(admin.GetByRole(AriaRole.Status)).ToContainTextAsync("دُمجت الفكرتان");

        // The duplicate's page points to the lighting idea, which counts both people once each.
        await supporter.GotoAsync($"{served.BaseUrl}/ideas/idea/{ideaId}");
        await supporter.Locator("[data-merged-into] a").ClickAsync();
        await Assertions.Expect(supporter).ToHaveURLAsync($"{served.BaseUrl}/ideas/idea/idea-park-lights");
        await Assertions.Expect(supporter.Locator("#idea-idea-park-lights [data-supports]")).ToHaveTextAsync("2");
        await Assertions.Expect(supporter.Locator("#idea-idea-park-lights").GetByRole(AriaRole.Button, new() { Name = "سحب تأييدي" })).ToHaveAttributeAsync("aria-pressed", "true");
        console.AssertClean();
    }

    private async Task<IPage> SignedInPageAsync(ServedSite served, string login, string password = Password)
    {
        var page = await (await browser.Browser.NewContextAsync()).NewPageAsync();
        await page.GotoAsync(served.BaseUrl + "/account/login");
        await page.GetByLabel("البريد الإلكتروني أو اسم المستخدم").FillAsync(login);
        await page.GetByLabel("كلمة المرور").FillAsync(password);
        await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Button, new() { Name = "تسجيل الدخول" }).ClickAsync();
        return page;
    }
}
