using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Participation.Admin;
using Participation.Comments;
using Participation.ContentManagement;
using Participation.Consultations.Services;
using Participation.Http;
using Participation.Security;

namespace Participation.Consultations.Controllers;

/// <summary>The archive report: live as a printable page; the stored PDF once archived (or printed now on request).</summary>
[Admin, Area("Participation.Consultations"), Route("admin/consultations/{id}")]
public sealed class ReportController(
    IContentManager contentManager,
    ArchiveReportBuilder builder,
    ArchiveReportPdf pdf,
    IAuthorizationService authorizationService,
    ContentSecurityPolicyNonce nonce,
    IStringLocalizer<ReportController> T) : Controller
{
    [HttpGet("report")]
    public async Task<IActionResult> Html(string id)
    {
        if (!await authorizationService.AuthorizeAsync(User, Permissions.AnalyseConsultations)) return Forbid();
        if (await contentManager.GetAsync(id, VersionOptions.Latest) is not { ContentType: ContentTypes.Consultation } item) return NotFound();
        var html = await builder.BuildAsync(item);
        // A link to the PDF for the printed copy; the report itself is a standalone, printable page.
        // The report carries its styles inline (the stored copy and the PDF stand alone); the CSP lets this one in.
        html = html.Replace("<style>", $"<style nonce=\"{nonce.Value}\">", StringComparison.Ordinal);
        html = html.Replace("</h1>", $"</h1><p class=\"no-print\"><a href=\"/admin/consultations/{id}/report.pdf\">{System.Net.WebUtility.HtmlEncode(T["Download the PDF"])}</a></p>", StringComparison.Ordinal);
        return Content(html, "text/html; charset=utf-8");
    }

    [HttpGet("report.pdf")]
    public async Task<IActionResult> Pdf(string id)
    {
        if (!await authorizationService.AuthorizeAsync(User, Permissions.AnalyseConsultations)) return Forbid();
        if (await contentManager.GetAsync(id, VersionOptions.Latest) is not { ContentType: ContentTypes.Consultation } item) return NotFound();
        var path = pdf.PdfPath(id);
        // The archived copy is kept as it was; before archiving, print the current state.
        if (item.Stage != ConsultationLifecycle.Archived || !System.IO.File.Exists(path))
        {
            if (await pdf.StoreAsync(id, await builder.BuildAsync(item)) is { } error) return Problem(T["The PDF could not be printed: {0}", error].Value, statusCode: 503);
        }
        return PhysicalFile(path, "application/pdf", $"{item.Path ?? id}-archive-report.pdf");
    }
}
