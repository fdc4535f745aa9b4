using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Participation.Admin;
using Participation.Departments;
using Participation.Security;
using Participation.Transparency.Services;
using Participation.Transparency.ViewModels;

namespace Participation.Transparency.Controllers;

/// <summary>The staff dashboard: participation month by month, for the agency or one department.</summary>
[Admin, Area("Participation.Transparency"), Route("admin/reports")]
public sealed class ReportsController(ParticipationDashboard dashboard, IDepartmentDirectory departments, IAuthorizationService authorization, TimeProvider clock) : Controller
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
        var culture = CultureInfo.CurrentUICulture.Name;
        var key = string.IsNullOrEmpty(department) ? null : department;
        return View(new DashboardViewModel
        {
            From = start, To = end, Department = key, Departments = options,
            Series = await dashboard.SeriesAsync(ParticipationDashboard.Months(start, end), key, culture),
        });
    }
}
