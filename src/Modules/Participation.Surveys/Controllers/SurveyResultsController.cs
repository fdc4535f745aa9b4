using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Participation.Caching;
using Participation.ContentManagement;
using Participation.Surveys.Domain;
using Participation.Surveys.Models;
using Participation.Surveys.Services;
using Participation.Surveys.ViewModels;

namespace Participation.Surveys.Controllers;

/// <summary>
/// A survey's public results, when its setting and stage allow them (none otherwise: not found).
/// Cached with the survey's item tag, so a change of setting or stage evicts it; while the survey
/// is open, responses do not evict it and it is refreshed within <see cref="SurveyPublicResults.RefreshInterval"/>.
/// </summary>
[Area("Participation.Surveys"), Route("surveys")]
public sealed class SurveyResultsController(IContentManager contentManager, SurveyPublicResults results, IPageCache pages) : Controller
{
    [HttpGet("{id}/results"), OutputCache(PolicyName = PublicPage.Policy)]
    public async Task<IActionResult> Results(string id)
    {
        if (await contentManager.GetAsync(id) is not { ContentType: ContentTypes.Survey } survey) return NotFound();
        pages.Tag(CacheTags.ContentItem(survey.ContentItemId));
        if (!PublicResultsRule.Shown(survey.As<SurveyPart>().PublicResults, survey.Stage ?? "")) return NotFound();
        if (survey.Stage == SurveyLifecycle.Open) pages.RefreshWithin(SurveyPublicResults.RefreshInterval);
        ViewData["Title"] = survey.DisplayText;
        return View(new SurveyResultsViewModel { Survey = survey, Results = await results.ReadAsync(survey) });
    }
}
