using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;
using Microsoft.Playwright;
using Participation.ContentManagement;
using Participation.Data;

namespace Participation.Consultations.Services;

/// <summary>Prints the report with headless Chromium (Debian's, through Playwright): Chromium shapes Arabic correctly.</summary>
public sealed class ArchiveReportPdf(IShellSettingsStore shell, IConfiguration configuration, ILogger<ArchiveReportPdf> logger)
{
    public string PdfPath(string contentItemId) => Path.Combine(shell.DataPath, "archive", $"{contentItemId}.pdf");
    public string HtmlPath(string contentItemId) => Path.Combine(shell.DataPath, "archive", $"{contentItemId}.html");

    /// <summary>Stores the HTML and its PDF with the archive; returns null on success, else why the PDF could not be made.</summary>
    public async Task<string?> StoreAsync(string contentItemId, string html)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(PdfPath(contentItemId))!);
        await File.WriteAllTextAsync(HtmlPath(contentItemId), html);
        try
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
            var pdf = await page.PdfAsync(new PagePdfOptions { Format = "A4", PrintBackground = true, Margin = new() { Top = "15mm", Bottom = "15mm", Left = "12mm", Right = "12mm" } });
            var temp = PdfPath(contentItemId) + ".tmp";
            await File.WriteAllBytesAsync(temp, pdf);
            File.Move(temp, PdfPath(contentItemId), overwrite: true);
            return null;
        }
        catch (Exception ex) when (ex is PlaywrightException or IOException or InvalidOperationException)
        {
            logger.LogError(ex, "The archive report PDF of {Item} could not be printed", contentItemId);
            return ex.GetBaseException().Message;
        }
    }
}
