using Microsoft.Playwright;
using Participation.Testing;

namespace Participation.BrowserTests;

/// <summary>What a citizen reads on a consultation's page: its public stages as a timeline, and Arabic text lined up with an English page.</summary>
[Collection(BrowserCollection.Name)]
public class ConsultationPageTests(BrowserFixture browser)
{
    [Fact]
    public async Task The_stages_are_a_timeline_of_public_stages_and_Arabic_text_lines_up_on_the_English_page()
    {
        using var served = new ServedSite(new SiteOptions { AutoSetup = true, Recipe = "ParticipationSample" });
        var page = await browser.Browser.NewPageAsync();
        await page.GotoAsync(served.BaseUrl + "/shaded-walkways");

        var timeline = page.Locator("ol.timeline-stages");
        var stages = await timeline.Locator("li").AllTextContentsAsync();
        Assert.Equal(5, stages.Count);
        Assert.DoesNotContain(stages, s => s.Contains("مسودة", StringComparison.Ordinal));
        await Assertions.Expect(timeline.Locator("[aria-current=step]")).ToHaveTextAsync("جمع المساهمات");
        // Nothing in it to press.
        Assert.Equal(0, await timeline.Locator("a, button, [role=button], [tabindex]").CountAsync());
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ArtifactsPath, "consultation-ar.png"), FullPage = true });

        // The consultation is written in Arabic only: on the English page its text keeps its own
        // direction, yet its lines start where the page's do, on the left.
        await page.GotoAsync(served.BaseUrl + "/shaded-walkways?culture=en");
        var gap = await page.Locator(".consultation .lead").EvaluateAsync<double>("""
            lead => {
              const range = document.createRange();
              range.selectNodeContents(lead);
              const rects = [...range.getClientRects()].filter(r => r.width > 0);
              const lastTop = Math.max(...rects.map(r => r.top));
              return Math.min(...rects.filter(r => r.top === lastTop).map(r => r.left)) - lead.getBoundingClientRect().left;
            }
            """);
        Assert.True(gap < 2, $"the last line of the Arabic summary starts {gap:0} px from the left edge");
        await Assertions.Expect(page.Locator(".consultation .lead")).ToHaveAttributeAsync("dir", "auto");
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ArtifactsPath, "consultation-en.png"), FullPage = true });
    }
}
