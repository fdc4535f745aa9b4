using System.Text.Json;
using Microsoft.Playwright;
using Participation.Testing;

namespace Participation.BrowserTests;

/// <summary>
/// axe-core's WCAG 2 A/AA rules on the pages people meet first, in both languages. Any
/// violation fails the test with the rule, its impact and the elements concerned.
/// </summary>
[Collection(BrowserCollection.Name)]
public class AccessibilityTests(BrowserFixture browser)
{
    private static readonly string Axe = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "axe.min.js"));

    /// <summary>
    /// axe's color-contrast rule skips text it takes for an icon font's ligatures, and its test
    /// (a word drawn whole differs from its letters drawn one by one) is true of every word of
    /// joined Arabic script: stock axe measured no contrast on Arabic pages. Through axe.configure,
    /// the rule also takes the visible, enabled elements with Arabic text of their own; the
    /// contrast check itself is axe's.
    /// </summary>
    private const string MeasureArabicContrast = """
        () => {
          const rule = axe._audit.rules.find(r => r.id === 'color-contrast');
          const stock = rule.stockMatches || rule.matches;
          const arabic = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/;
          axe.configure({ rules: [{ id: 'color-contrast', matches: function (node, virtualNode, context) {
            if (stock.call(this, node, virtualNode, context)) return true;
            const ownArabicText = Array.from(node.childNodes).some(c => c.nodeType === Node.TEXT_NODE && arabic.test(c.nodeValue));
            return ownArabicText && axe.commons.dom.isVisibleOnScreen(node)
              && !node.closest(':disabled, [aria-disabled="true"], [inert], option')
              && parseFloat(getComputedStyle(node).fontSize) > 0;
          } }] });
          axe._audit.rules.find(r => r.id === 'color-contrast').stockMatches = stock;
          return true;
        }
        """;

    internal static async Task AssertNoViolationsAsync(IPage page, string label)
    {
        // Contrast is measured on the laid-out page: wait for the web font and the last request.
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await page.EvaluateAsync("document.fonts.ready.then(() => true)");
        // The site's CSP refuses inline scripts, so axe comes as a same-origin file the test serves itself.
        var axeUrl = new Uri(new Uri(page.Url), "/__axe-under-test.js").ToString();
        await page.RouteAsync(axeUrl, route => route.FulfillAsync(new() { Body = Axe, ContentType = "application/javascript" }));
        await page.AddScriptTagAsync(new() { Url = axeUrl });
        await page.EvaluateAsync(MeasureArabicContrast);
        var json = await page.EvaluateAsync<JsonElement>("""
            async () => {
              const r = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa'] } });
              return {
                passed: r.passes.map(p => p.id),
                incomplete: r.incomplete.map(v => `${v.id}: ${v.nodes.slice(0, 3).map(n => n.target.join(' ') + ' ' + (n.any[0] ? n.any[0].message : '')).join('; ')}`),
                violations: r.violations.map(v => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map(n => n.target.join(' ')).slice(0, 5).join(', ')}`)
              };
            }
            """);
        var violations = json.GetProperty("violations").EnumerateArray().Select(v => v.GetString()).ToList();
        var passed = json.GetProperty("passed").EnumerateArray().Select(v => v.GetString()).ToList();
        Assert.True(violations.Count == 0, $"{label}: {string.Join(" | ", violations)}");
        // The checks that matter most did run: contrast, labels, language, names of links and buttons.
        Assert.Contains("html-has-lang", passed);
        // Contrast is measured in Arabic too (see MeasureArabicContrast), not left "inapplicable".
        Assert.True(passed.Contains("color-contrast"), $"{label}: contrast not measured: {string.Join(" | ", json.GetProperty("incomplete").EnumerateArray())}");
    }

    [Fact]
    public async Task The_setup_page_passes_axe()
    {
        using var served = new ServedSite();
        var page = await browser.Browser.NewPageAsync();
        await page.GotoAsync(served.BaseUrl + "/setup");
        await AssertNoViolationsAsync(page, "setup (ar)");
        // With its errors showing too.
        await page.GetByRole(AriaRole.Button, new() { Name = "إعداد" }).ClickAsync();
        await AssertNoViolationsAsync(page, "setup with errors (ar)");
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/?culture=en")]
    [InlineData("/participation-policy")]
    [InlineData("/participation-policy?culture=en")]
    [InlineData("/account/register")]
    [InlineData("/account/login?culture=en")]
    [InlineData("/no-such-page")]
    [InlineData("/no-such-page?culture=en")]
    [InlineData("/requests")]
    [InlineData("/requests/complaint")]
    [InlineData("/requests/contact?culture=en")]
    [InlineData("/requests/track")]
    [InlineData("/polls")]
    [InlineData("/polls/archive?culture=en")]
    [InlineData("/park-hours-poll")]
    [InlineData("/results")]
    [InlineData("/results?culture=en")]
    [InlineData("/open-data")]
    [InlineData("/open-data?culture=en")]
    [InlineData("/surveys/sample-satisfaction-survey/results")]
    [InlineData("/surveys/sample-satisfaction-survey/results?culture=en")]
    public async Task Public_pages_pass_axe(string url)
    {
        using var served = new ServedSite(new SiteOptions { AutoSetup = true, Recipe = "ParticipationSample" });
        var page = await browser.Browser.NewPageAsync();
        await page.GotoAsync(served.BaseUrl + url);
        await AssertNoViolationsAsync(page, url);
    }

    [Fact]
    public async Task Admin_pages_pass_axe()
    {
        using var served = new ServedSite(new SiteOptions { AutoSetup = true });
        var page = await browser.Browser.NewPageAsync();
        await page.GotoAsync(served.BaseUrl + "/account/login");
        await page.GetByLabel("البريد الإلكتروني أو اسم المستخدم").FillAsync(SiteFactory.AdminUserName);
        await page.GetByLabel("كلمة المرور").FillAsync(SiteFactory.AdminPassword);
        await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Button, new() { Name = "تسجيل الدخول" }).ClickAsync();
        foreach (var url in SitePages.Admin)
        {
            await page.GotoAsync(served.BaseUrl + url + "?culture=ar");
            await AssertNoViolationsAsync(page, url);
            await page.GotoAsync(served.BaseUrl + url + "?culture=en");
            await AssertNoViolationsAsync(page, url + "?culture=en");
        }
        await page.GotoAsync(served.BaseUrl + "/admin/workflows/close-consultation?culture=ar");
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ArtifactsPath, "workflow-ar.png"), FullPage = true });
    }
}
