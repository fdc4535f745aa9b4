using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Participation.Admin;
using Participation.Security;
using Participation.Surveys.Services;
using Participation.Surveys.ViewModels;

namespace Participation.Surveys.Controllers;

/// <summary>How satisfaction with a service moved across the periodic surveys that evaluate it; to those who may analyse surveys.</summary>
[Admin, Area("Participation.Surveys"), Route("admin/surveys/services/{key}/trend")]
public sealed class SurveyTrendController(SurveyServiceCatalog services, SurveyTrend trend, IAuthorizationService authorization) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string key)
    {
        if (!await authorization.AuthorizeAsync(User, Permissions.AnalyseSurveys)) return Forbid();
        if ((await services.ListAsync()).FirstOrDefault(s => s.Key == key) is not { } service) return NotFound();
        return View(new SurveyTrendViewModel { Service = service, Points = await trend.ReadAsync(key) });
    }
}
