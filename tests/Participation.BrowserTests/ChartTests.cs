using System.Diagnostics;
using System.Text.Json;
using Microsoft.Playwright;
using Participation.Testing;

namespace Participation.BrowserTests;

/// <summary>
/// Every SVG chart, in Arabic and English, draws its labels whole: each label lies inside its
/// chart, so the reader sees the word, not its first letter cut by the chart's edge. Each chart
/// is saved as a picture under artifacts/charts.
/// </summary>
[Collection(BrowserCollection.Name)]
public class ChartTests(BrowserFixture browser)
{
    private static readonly string Pictures = Directory.CreateDirectory(Path.Combine(BrowserFixture.ArtifactsPath, "charts")).FullName;

    /// <summary>Each chart-label of the SVG: its text, its drawn width, how much of it the chart shows, and its length against its first letter's.</summary>
    private static async Task<IReadOnlyList<(string Text, double Width, double Visible, double Whole, double First)>> LabelsAsync(ILocator svg)
    {
        var json = await svg.EvaluateAsync<JsonElement>("""
            svg => {
              const box = svg.getBoundingClientRect();
              return [...svg.querySelectorAll('text.chart-label')].map(t => {
                const r = t.getBoundingClientRect();
                return {
                  text: t.textContent, width: r.width, visible: Math.max(0, Math.min(r.right, box.right) - Math.max(r.left, box.left)),
                  whole: t.getComputedTextLength(), first: t.textContent.length > 0 ? t.getSubStringLength(0, 1) : 0
                };
              });
            }
            """);
        return json.EnumerateArray().Select(e => (e.GetProperty("text").GetString()!, e.GetProperty("width").GetDouble(), e.GetProperty("visible").GetDouble(), e.GetProperty("whole").GetDouble(), e.GetProperty("first").GetDouble())).ToList();
    }

    private static async Task AssertWholeLabelsAsync(IPage page, string selector, string name, params string[] expected)
    {
        await page.EvaluateAsync("document.fonts.ready.then(() => true)");
        var charts = page.Locator(selector);
        var count = await charts.CountAsync();
        Assert.True(count > 0, $"{name}: no chart on {page.Url}");
        var seen = new List<string>();
        for (var i = 0; i < count; i++)
        {
            var chart = charts.Nth(i);
            await chart.ScrollIntoViewIfNeededAsync();
            await chart.ScreenshotAsync(new() { Path = Path.Combine(Pictures, $"{name}-{i + 1}.png") });
            foreach (var (text, width, visible, whole, first) in await LabelsAsync(chart))
            {
                seen.Add(text);
                // The word is laid out whole (not letter by letter at one position) …
                if (text.Trim().Length >= 3) Assert.True(whole > 1.8 * first, $"{name}: «{text}» is {whole:0.#} long, its first letter {first:0.#}");
                // … and all of it shows inside the chart.
                Assert.True(visible >= width - 1, $"{name}: only {visible:0.#} of {width:0.#} px of «{text}» show inside the chart");
            }
        }
        foreach (var label in expected) Assert.Contains(seen, s => s.Contains(label, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Analysis_report_and_workflow_charts_show_whole_labels_in_Arabic_and_English()
    {
        using var served = new ServedSite(new SiteOptions { AutoSetup = true, Recipe = "ParticipationSample" });
        var page = await ConsultationJourneyTests.SignedInAsync(browser.Browser, served.BaseUrl, SiteFactory.AdminUserName, SiteFactory.AdminPassword);

        await page.GotoAsync(served.BaseUrl + "/admin/consultations/shaded-walkways/analysis?culture=ar");
        await AssertWholeLabelsAsync(page, "svg.bar-chart", "analysis-ar", "أؤيد", "أعارض", "اقتراح", "لم يحدد");
        await page.GotoAsync(served.BaseUrl + "/admin/consultations/shaded-walkways/analysis?culture=en");
        await AssertWholeLabelsAsync(page, "svg.bar-chart", "analysis-en", "Agree", "Disagree", "Not given");

        // The archive report: the printable page, and the PDF made from it (pages saved as pictures).
        await page.GotoAsync(served.BaseUrl + "/admin/consultations/shaded-walkways/report?culture=ar");
        await AssertWholeLabelsAsync(page, "svg.bar-chart", "report-ar", "أؤيد", "أعارض");
        await page.GotoAsync(served.BaseUrl + "/admin/consultations/shaded-walkways/report?culture=en");
        await AssertWholeLabelsAsync(page, "svg.bar-chart", "report-en", "Agree", "Disagree");
        await page.GotoAsync(served.BaseUrl + "/culture?culture=ar&returnUrl=%2Fadmin");
        var pdf = await page.Context.APIRequest.GetAsync(served.BaseUrl + "/admin/consultations/shaded-walkways/report.pdf");
        Assert.Equal(200, pdf.Status);
        var pdfPath = Path.Combine(Pictures, "report-ar.pdf");
        await File.WriteAllBytesAsync(pdfPath, await pdf.BodyAsync());
        using (var render = Process.Start(new ProcessStartInfo("pdftoppm", $"-png -r 80 {pdfPath} {Path.Combine(Pictures, "report-ar-pdf")}"))
            ?? throw new InvalidOperationException("pdftoppm (Debian's poppler-utils) is missing; test.sh installs it."))
        {
            await render.WaitForExitAsync();
            Assert.Equal(0, render.ExitCode);
        }

        await page.GotoAsync(served.BaseUrl + "/admin/workflows/close-consultation?culture=ar");
        await AssertWholeLabelsAsync(page, "svg.workflow-diagram", "workflow-ar");
        await page.GotoAsync(served.BaseUrl + "/admin/workflows/close-consultation?culture=en");
        await AssertWholeLabelsAsync(page, "svg.workflow-diagram", "workflow-en");
    }

    [Fact]
    public async Task Poll_results_chart_labels_each_bar_with_its_option_and_share_in_Arabic_and_English()
    {
        using var served = new ServedSite(new SiteOptions { AutoSetup = true, Recipe = "ParticipationSample" });
        var page = await browser.Browser.NewPageAsync();
        // The archived poll shows its final results to everyone.
        await page.GotoAsync(served.BaseUrl + "/library-services-poll?culture=ar");
        await AssertWholeLabelsAsync(page, "svg.poll-chart", "poll-ar", "قاعات مذاكرة هادئة", "أنشطة للأطفال", "كتب إلكترونية");
        await page.GotoAsync(served.BaseUrl + "/library-services-poll?culture=en");
        await AssertWholeLabelsAsync(page, "svg.poll-chart", "poll-en", "Quiet study rooms", "Activities for children", "E-books");
    }
}
