using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Participation.Caching;
using Participation.Departments;
using Participation.Localization;
using Participation.Transparency.Services;
using Participation.Transparency.ViewModels;

namespace Participation.Transparency.Controllers;

/// <summary>«نتائج المشاركة»: per year and per tool, what was asked, how many took part and what it changed.</summary>
[Area("Participation.Transparency"), Route("results")]
public sealed class ResultsController(ResultsCatalog catalog, IDepartmentDirectory departments, IPageCache pageCache, IDateDisplay dates, TimeProvider clock) : Controller
{
    [HttpGet(""), SharedTemplate, OutputCache(PolicyName = PublicPage.Policy)]
    public async Task<IActionResult> Index(int? year)
    {
        foreach (var tag in catalog.CacheTags) pageCache.Tag(tag);
        if (year is { } asked && asked is < 1900 or > 2999) return NotFound();
        var culture = CultureInfo.CurrentUICulture.Name;
        var results = await catalog.OfYearAsync(year, culture, dates, dates.ToLocal(clock.GetUtcNow().UtcDateTime).Year);
        return View(new ResultsViewModel
        {
            Year = results.Year,
            Years = results.Years,
            Sections = results.Sections,
            DepartmentNames = (await departments.ListAsync(activeOnly: false)).ToDictionary(d => d.Key, d => d.Name(culture)),
        });
    }
}
