using Microsoft.Playwright;
using Participation.Testing;

namespace Participation.BrowserTests;

/// <summary>Answering the sample satisfaction survey on a phone in Arabic: a section per page, its conditions, an error to correct, the thank-you.</summary>
[Collection(BrowserCollection.Name)]
public class SurveyJourneyTests(BrowserFixture browser)
{
    [Fact]
    public async Task A_citizen_answers_a_sectioned_survey_with_conditions_in_Arabic_on_a_phone()
    {
        using var served = new ServedSite(new SiteOptions { AutoSetup = true, Recipe = "ParticipationSample" });
        var context = await browser.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 390, Height = 844 } });
        var page = await context.NewPageAsync();
        var console = new ConsoleWatch(page);

        await page.GotoAsync(served.BaseUrl + "/surveys");
        await page.GetByRole(AriaRole.Link, new() { Name = "استبيان رضا المتعاملين عن خدمة رخص البناء" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "أجب عن الاستبيان" }).ClickAsync();
        // The section only a "yes" opens is not counted yet.
        await Assertions.Expect(page.Locator("#survey-progress")).ToHaveTextAsync("القسم 1 من 2");
        await AccessibilityTests.AssertNoViolationsAsync(page, "survey section 1");

        // By keyboard: "yes" to the first question, then the branch question that "yes" asks.
        await page.GetByRole(AriaRole.Group, new() { Name = "هل قدّمت طلب رخصة بناء خلال العام الماضي؟" }).GetByLabel("نعم").CheckAsync();
        await page.GetByLabel("عبر البوابة الإلكترونية").FocusAsync();
        await page.Keyboard.PressAsync("Space");
        await page.GetByRole(AriaRole.Button, new() { Name = "احفظ وتابع" }).ClickAsync();

        // The section that "yes" opened; the required rating left out is named and linked.
        await Assertions.Expect(page.Locator("#survey-progress")).ToHaveTextAsync("القسم 2 من 3");
        await page.GetByRole(AriaRole.Button, new() { Name = "احفظ وتابع" }).ClickAsync();
        var summary = page.Locator(".error-summary");
        await Assertions.Expect(summary).ToContainTextAsync("هذا السؤال يحتاج إلى إجابة.");
        await AccessibilityTests.AssertNoViolationsAsync(page, "survey section 2 with an error");
        await summary.GetByRole(AriaRole.Link).First.ClickAsync();
        await Assertions.Expect(page.Locator("#q-q3")).ToBeFocusedAsync();
        await page.GetByRole(AriaRole.Group, new() { Name = "ما مدى رضاك عن الخدمة بوجه عام؟" }).GetByLabel("4", new() { Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Row, new() { Name = "كانت المتطلبات واضحة" }).GetByRole(AriaRole.Radio, new() { Name = "كانت المتطلبات واضحة أوافق", Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "احفظ وتابع" }).ClickAsync();

        await Assertions.Expect(page.Locator("#survey-progress")).ToHaveTextAsync("القسم 3 من 3");
        await page.GetByRole(AriaRole.Group, new() { Name = "ما مدى احتمال أن توصي بخدماتنا لغيرك؟" }).GetByLabel("9", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("سرعة الإنجاز").CheckAsync();
        await page.GetByLabel("أخرى", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("أخرى (اذكرها)").FillAsync("مواقف السيارات");
        await AccessibilityTests.AssertNoViolationsAsync(page, "survey section 3");
        var wide = await page.EvaluateAsync<bool>("document.documentElement.scrollWidth > window.innerWidth");
        Assert.False(wide, "the last section scrolls sideways on a phone");
        await page.GetByRole(AriaRole.Button, new() { Name = "أرسل إجاباتي" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("شكرًا لك: أُرسلت إجاباتك.");
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("ستُنشر نتائج الاستبيان");
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ArtifactsPath, "survey-thanks-phone.png"), FullPage = true });

        // The same browser comes back: its response is in, it is thanked rather than asked again.
        await page.GotoAsync(served.BaseUrl + "/surveys/sample-satisfaction-survey/answer");
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/surveys/sample-satisfaction-survey/thanks$"));
        console.AssertClean();
    }

    [Fact]
    public async Task The_survey_builder_and_its_previews_pass_axe_in_both_languages()
    {
        using var served = new ServedSite(new SiteOptions { AutoSetup = true, Recipe = "ParticipationSample" });
        var page = await browser.Browser.NewPageAsync();
        await page.GotoAsync(served.BaseUrl + "/account/login");
        await page.GetByLabel("البريد الإلكتروني أو اسم المستخدم").FillAsync(SiteFactory.AdminUserName);
        await page.GetByLabel("كلمة المرور").FillAsync(SiteFactory.AdminPassword);
        await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Button, new() { Name = "تسجيل الدخول" }).ClickAsync();
        // The sample's follow-up survey: its settings (public results among them) and its recipients' delivery.
        foreach (var url in new[] { "/admin/contents/answer-satisfaction-survey/edit", "/admin/contents/answer-satisfaction-survey/edit?culture=en", "/admin/surveys/answer-satisfaction-survey/invitations", "/admin/surveys/answer-satisfaction-survey/invitations?culture=en",
            "/admin/surveys/sample-satisfaction-survey/builder", "/admin/surveys/sample-satisfaction-survey/builder?culture=en", "/admin/surveys/sample-satisfaction-survey/preview/ar", "/admin/surveys/sample-satisfaction-survey/preview/en?culture=en" })
        {
            await page.GotoAsync(served.BaseUrl + url);
            await AccessibilityTests.AssertNoViolationsAsync(page, url);
        }
        await Assertions.Expect(page.Locator("fieldset[data-question=q1] legend")).ToContainTextAsync("Did you apply for a building permit in the past year?");
    }
}
