using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Participation.Admin;
using Participation.Data;
using Participation.Departments;
using Microsoft.Extensions.Localization;
using Participation.Files;
using Participation.Notify;
using Participation.Security;
using Participation.Transparency.Services;
using Participation.Transparency.ViewModels;

namespace Participation.Transparency.Controllers;

/// <summary>The staff dashboard: participation month by month, for the agency or one department.</summary>
[Admin, Area("Participation.Transparency"), Route("admin/reports")]
public sealed class ReportsController(ParticipationDashboard dashboard, ImpactReportArchive archive, IFileStore files, IDepartmentDirectory departments, IAuthorizationService authorization, INotifier notifier, IStringLocalizer<ReportsController> T, TimeProvider clock) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(DateOnly? from, DateOnly? to, string? department)
    {
        if (!await authorization.AuthorizeAsync(User, Permissions.ViewParticipationReports)) return Forbid();
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var end = to ?? today;
        var start = from ?? new DateOnly(end.Year, end.Month, 1).AddMonths(-11);
        var options = await departments.OptionsAsync();
        if (start.Year < 1900 || end.Year > 2999 || start > end) return BadRequest();
        if (!string.IsNullOrEmpty(department) && options.All(o => o.Key != department)) return BadRequest();
        if ((end.Year - start.Year) * 12 + end.Month - start.Month + 1 > ParticipationDashboard.MaxMonths)
        {
            // Said, not cut silently: the last months the dashboard can show of the period asked.
            notifier.Error(T["A period is at most {0} months; these are the last {0} of the period asked.", ParticipationDashboard.MaxMonths]);
            var shortened = new DateOnly(end.Year, end.Month, 1).AddMonths(1 - ParticipationDashboard.MaxMonths);
            return Redirect($"/admin/reports?from={shortened:yyyy-MM-dd}&to={end:yyyy-MM-dd}{(string.IsNullOrEmpty(department) ? "" : "&department=" + Uri.EscapeDataString(department))}");
        }
        var culture = CultureInfo.CurrentUICulture.Name;
        var key = string.IsNullOrEmpty(department) ? null : department;
        return View(new DashboardViewModel
        {
            From = start, To = end, Department = key, Departments = options,
            Series = await dashboard.SeriesAsync(ParticipationDashboard.Months(start, end), key, culture),
        });
    }

    [HttpGet("archive")]
    public async Task<IActionResult> Archive(string? after)
    {
        if (!await authorization.AuthorizeAsync(User, Permissions.ViewParticipationReports)) return Forbid();
        var (reports, next) = await archive.ListAsync(KeysetCursor.Parse(after));
        var culture = CultureInfo.CurrentUICulture.Name;
        return View(new ArchiveViewModel
        {
            Reports = reports, Next = next,
            DepartmentNames = (await departments.ListAsync(activeOnly: false)).ToDictionary(d => d.Key, d => d.Name(culture)),
        });
    }

    /// <summary>The email's link: the report's line in the archive.</summary>
    [HttpGet("archive/{id:long}")]
    public async Task<IActionResult> Report(long id)
    {
        if (!await authorization.AuthorizeAsync(User, Permissions.ViewParticipationReports)) return Forbid();
        return await archive.FindAsync(id) is { } report ? Redirect($"/admin/reports/archive#report-{report.Id}") : NotFound();
    }

    /// <summary>The report's PDF or XLSX, as stored when it was built.</summary>
    [HttpGet("archive/{id:long}/{format:regex(^(pdf|xlsx)$)}")]
    public async Task<IActionResult> Download(long id, string format)
    {
        if (!await authorization.AuthorizeAsync(User, Permissions.ViewParticipationReports)) return Forbid();
        if (await archive.FindAsync(id) is not { } report) return NotFound();
        var stream = await files.OpenReadAsync(format == "pdf" ? report.PdfPath : report.XlsxPath);
        if (stream is null) return NotFound();
        var name = $"impact-{report.DepartmentKey}-{report.Period}.{format}";
        return format == "pdf" ? File(stream, "application/pdf", name) : File(stream, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", name);
    }
}
