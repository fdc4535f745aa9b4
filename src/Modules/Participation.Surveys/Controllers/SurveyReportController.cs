using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.Playwright;
using Participation.Admin;
using Participation.ContentManagement;
using Participation.Mvc;
using Participation.Printing;
using Participation.Security;
using Participation.Surveys.Services;
using Participation.Surveys.ViewModels;

namespace Participation.Surveys.Controllers;

/// <summary>
/// The analysis as a printable PDF: the page's figures, charts and tables with its filters and
/// cross-tab, rendered from the same partial view and printed by the shared Chromium printer.
/// Printed on each request (figures of the moment), never stored: it holds no more than the page.
/// </summary>
[Admin, Area("Participation.Surveys"), Route("admin/surveys/{id}/analysis")]
public sealed class SurveyReportController(IContentManager contentManager, SurveyAnalysisPage page, IViewRenderer views, ChromiumPdfPrinter printer,
    IWebHostEnvironment environment, TimeProvider clock, IAuthorizationService authorization, IStringLocalizer<SurveyReportController> T) : Controller
{
    [HttpGet("report.pdf")]
    public async Task<IActionResult> Pdf(string id, DateOnly? from, DateOnly? to, string? answer, string? rows, string? by, string? group)
    {
        if (!await authorization.AuthorizeAsync(User, Permissions.AnalyseSurveys)) return Forbid();
        if (await contentManager.GetAsync(id, VersionOptions.Latest) is not { ContentType: ContentTypes.Survey } survey) return NotFound();
        var model = new SurveyReportViewModel
        {
            Analysis = await page.ReadAsync(survey, from, to, answer, rows, by, group),
            FiguresUtc = clock.GetUtcNow().UtcDateTime,
            Css = PrintStylesheet.Css(environment.WebRootFileProvider),
        };
        var html = await views.RenderAsync(ControllerContext, "Report", model);
        byte[] pdf;
        try
        {
            pdf = await printer.PrintAsync(html);
        }
        catch (PlaywrightException ex)
        {
            return Problem(T["The PDF could not be printed: {0}", ex.GetBaseException().Message].Value, statusCode: 503);
        }
        return File(pdf, "application/pdf", $"{survey.Path?.Trim('/').Replace('/', '-') ?? id}-analysis.pdf");
    }
}
