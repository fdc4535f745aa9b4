using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;
using Microsoft.Playwright;
using Participation.ContentManagement;
using Participation.Data;
using Participation.Printing;

namespace Participation.Consultations.Services;

/// <summary>Prints the report with the shared Chromium printer and keeps the HTML and the PDF with the archive.</summary>
public sealed class ArchiveReportPdf(IShellSettingsStore shell, ChromiumPdfPrinter printer, ILogger<ArchiveReportPdf> logger)
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
            var pdf = await printer.PrintAsync(html);
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
