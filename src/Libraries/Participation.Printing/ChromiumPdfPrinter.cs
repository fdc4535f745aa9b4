using Microsoft.Extensions.Configuration;
using Microsoft.Playwright;

namespace Participation.Printing;

/// <summary>
/// Prints an HTML page to an A4 PDF with headless Chromium: Chromium shapes Arabic correctly.
/// The executable is <c>Participation:Chromium:ExecutablePath</c>, Debian's by default. Throws
/// <see cref="PlaywrightException"/> when Chromium cannot be started or fails.
/// </summary>
public sealed class ChromiumPdfPrinter(IConfiguration configuration) : IPdfPrinter
{
    public async Task<byte[]> PrintAsync(string html)
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = configuration["Participation:Chromium:ExecutablePath"] ?? "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        var page = await browser.NewPageAsync();
        await page.SetContentAsync(html, new() { WaitUntil = WaitUntilState.Load });
        await page.EvaluateAsync("document.fonts.ready.then(() => true)");
        return await page.PdfAsync(new PagePdfOptions { Format = "A4", PrintBackground = true, Margin = new() { Top = "15mm", Bottom = "15mm", Left = "12mm", Right = "12mm" } });
    }
}
