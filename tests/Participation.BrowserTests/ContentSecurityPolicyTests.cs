using Microsoft.Playwright;
using Participation.Testing;

namespace Participation.BrowserTests;

/// <summary>
/// The main pages under the site's Content-Security-Policy in Chromium: not one violation, and
/// the scripts that must keep working (cookie notice, live poll results) still do.
/// </summary>
[Collection(BrowserCollection.Name)]
public class ContentSecurityPolicyTests(BrowserFixture browser)
{
    // Every violation the page reports, kept in the page so the test can read it after each visit.
    private const string ViolationRecorder = """
        window.__cspViolations = [];
        document.addEventListener("securitypolicyviolation", e => window.__cspViolations.push(e.violatedDirective + " " + (e.blockedURI || "inline") + " at " + e.sourceFile + ":" + e.lineNumber));
        """;

    [Fact]
    public async Task The_main_pages_work_without_a_single_policy_violation()
    {
        using var served = new ServedSite(new SiteOptions { AutoSetup = true, Recipe = "ParticipationSample" });
        var context = await browser.Browser.NewContextAsync();
        await context.AddInitScriptAsync(ViolationRecorder);
        var page = await context.NewPageAsync();
        var console = new ConsoleWatch(page);
        var violations = new List<string>();
        async Task VisitAsync(string url)
        {
            var response = await page.GotoAsync(served.BaseUrl + url);
            Assert.Contains("frame-ancestors 'self'", await response!.HeaderValueAsync("content-security-policy"));
            await CollectAsync(url);
        }
        async Task CollectAsync(string url) => violations.AddRange((await page.EvaluateAsync<string[]>("window.__cspViolations")).Select(v => $"{url}: {v}"));

        // The cookie notice's script still runs: accepting hides the notice.
        await VisitAsync("/");
        await page.Locator("[data-cookie-accept]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-cookie-notice]")).ToHaveCountAsync(0);
        await CollectAsync("/ (cookie notice)");

        await VisitAsync("/consultations");
        var consultation = await page.Locator("main h2 a").First.GetAttributeAsync("href");
        await VisitAsync(consultation!);
        await VisitAsync("/requests/complaint");

        // The poll's results script is allowed: it asks for fresh counts.
        var refreshed = page.WaitForResponseAsync(r => r.Url.Contains("/results") && r.Status == 200, new() { Timeout = 15000 });
        await VisitAsync("/park-hours-poll");
        await refreshed;
        await CollectAsync("/park-hours-poll (refreshed)");

        await page.GotoAsync(served.BaseUrl + "/account/login");
        await page.GetByLabel("البريد الإلكتروني أو اسم المستخدم").FillAsync(SiteFactory.AdminUserName);
        await page.GetByLabel("كلمة المرور").FillAsync(SiteFactory.AdminPassword);
        await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Button, new() { Name = "تسجيل الدخول" }).ClickAsync();
        await CollectAsync("/account/login");
        await VisitAsync("/admin");
        await VisitAsync("/admin/workflows/close-consultation");
        await Assertions.Expect(page.Locator("figure.diagram svg")).ToBeVisibleAsync();
        await VisitAsync("/admin/moderation");

        Assert.True(violations.Count == 0, "Policy violations: " + string.Join(" | ", violations));
        console.AssertClean();
    }
}
