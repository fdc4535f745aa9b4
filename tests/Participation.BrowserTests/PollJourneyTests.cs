using Microsoft.Playwright;
using Participation.Testing;

namespace Participation.BrowserTests;

/// <summary>Voting in Chromium and seeing the result at once — in Arabic, then in English — and the chart keeping itself current.</summary>
[Collection(BrowserCollection.Name)]
public class PollJourneyTests(BrowserFixture browser)
{
    [Fact]
    public async Task A_citizen_votes_and_sees_the_results_in_Arabic_and_English()
    {
        using var served = new ServedSite(new SiteOptions { AutoSetup = true, Recipe = "ParticipationSample" });
        var site = served.Site;
        var logins = await site.CreateCitizensAsync(2, "Voter-pass-2026");

        var context = await browser.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        var console = new ConsoleWatch(page);
        await page.GotoAsync(served.BaseUrl + "/account/login");
        await page.GetByLabel("البريد الإلكتروني أو اسم المستخدم").FillAsync(logins[0]);
        await page.GetByLabel("كلمة المرور").FillAsync("Voter-pass-2026");
        await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Button, new() { Name = "تسجيل الدخول" }).ClickAsync();

        await page.GotoAsync(served.BaseUrl + "/polls");
        await page.GetByRole(AriaRole.Link, new() { Name = "متى تفضّل أن تفتح الحدائق العامة أبوابها في الصيف؟" }).ClickAsync();
        await page.GetByLabel("من المغرب حتى منتصف الليل").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "صوّت" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("احتُسب صوتك");
        var row = page.Locator(".poll-table tr", new() { HasText = "من المغرب حتى منتصف الليل" });
        await Assertions.Expect(row.Locator("[data-count]")).ToHaveTextAsync("1");
        await Assertions.Expect(row.Locator("[data-percent]")).ToHaveTextAsync("100%");  // no space: right-to-left text keeps the sign after the number
        await Assertions.Expect(page.Locator(".poll-results figcaption")).ToContainTextAsync("عدد المصوّتين: 1");

        // Another citizen votes elsewhere: the open page catches up without a reload.
        var other = site.CreateSiteClient();
        await other.SignInAsync(logins[1], "Voter-pass-2026");
        var path = new Uri(page.Url).AbsolutePath;
        var form = await other.GetDocumentAsync(path);
        var early = form.QuerySelectorAll("input[name=options]").First().GetAttribute("value")!;
        var id = form.QuerySelector(".poll")!.Id!["poll-".Length..];
        await other.PostAsync($"/polls/{id}/vote", new FormUrlEncodedContent([new("__RequestVerificationToken", form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!), new("options", early)]));
        await Assertions.Expect(page.Locator(".poll-results [data-voters]")).ToHaveTextAsync("2", new() { Timeout = 15000 });
        await Assertions.Expect(row.Locator("[data-percent]")).ToHaveTextAsync("50%");
        await Assertions.Expect(page.Locator("tspan[data-option-percent=evening]")).ToHaveTextAsync("50%");

        // The same results in English, left to right.
        await page.GotoAsync(served.BaseUrl + path + "?culture=en");
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("dir", "ltr");
        var english = page.Locator(".poll-table tr", new() { HasText = "From sunset to midnight" });
        await Assertions.Expect(english.Locator("[data-percent]")).ToHaveTextAsync("50%");
        await Assertions.Expect(english).ToContainTextAsync("your choice");
        await Assertions.Expect(page.Locator(".poll-results figcaption")).ToContainTextAsync("Voters: 2");
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ArtifactsPath, "poll-en.png"), FullPage = true });
        console.AssertClean();
    }
}
