using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Participation.Caching;
using Participation.Files;
using Participation.Transparency.Services;
using Participation.Transparency.ViewModels;

namespace Participation.Transparency.Controllers;

/// <summary>«البيانات المفتوحة»: the newest build's datasets, its licence, and the ZIP as stored when it was built.</summary>
[Area("Participation.Transparency"), Route("open-data")]
public sealed class OpenDataController(OpenDataCatalog catalog, IFileStore files, IPageCache pageCache) : Controller
{
    [HttpGet(""), OutputCache(PolicyName = PublicPage.Policy)]
    public async Task<IActionResult> Index()
    {
        pageCache.Tag(TransparencyCacheTags.OpenData);
        return View(new OpenDataViewModel { Publication = await catalog.CurrentAsync() });
    }

    [HttpGet("open-data.zip")]
    public async Task<IActionResult> Download()
    {
        var publication = await catalog.CurrentAsync();
        if (!publication.IsPublished || await files.OpenReadAsync(publication.Build!.ZipPath) is not { } zip) return NotFound();
        Response.Headers.XContentTypeOptions = "nosniff";
        return File(zip, "application/zip", $"open-data-{publication.Build.PublishedUtc:yyyy-MM-dd}.zip");
    }
}
