using Microsoft.Playwright;
using Participation.Testing;

namespace Participation.BrowserTests;

/// <summary>After a failed submit, focus lands on the summary of what to fix, whose links lead to the fields.</summary>
[Collection(BrowserCollection.Name)]
public class ErrorFocusTests(BrowserFixture browser)
{
    [Theory]
    [InlineData("/account/register", "button.primary", "Email")]
    [InlineData("/requests/complaint", "form.editor button[type=submit]", "f-Name")]
    public async Task A_refused_form_puts_focus_on_its_error_summary(string url, string submit, string field)
    {
        using var served = new ServedSite(new SiteOptions { AutoSetup = true, Recipe = "ParticipationSample" });
        var page = await browser.Browser.NewPageAsync();
        await page.GotoAsync(served.BaseUrl + url);
        await page.Locator(submit).Last.ClickAsync();

        var summary = page.Locator("[data-error-summary]");
        await Assertions.Expect(summary).ToBeFocusedAsync();
        await Assertions.Expect(summary.GetByRole(AriaRole.Heading)).ToHaveTextAsync("يرجى مراجعة النموذج");
        // Each problem links to its field; following the link puts the cursor there.
        await summary.Locator($"a[href='#{field}']").ClickAsync();
        await Assertions.Expect(page.Locator("#" + field)).ToBeFocusedAsync();
    }
}
