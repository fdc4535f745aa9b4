using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Participation.Caching;
using Participation.ContentManagement;
using Participation.ContentManagement.Display;
using Participation.Contents.ViewModels;

namespace Participation.Contents.Controllers;

/// <summary>
/// Shows a published item at its path (Orchard's Autoroute), in the visitor's language when translated.
/// Signed-in people share a template of it: what is theirs on an item's page (their ballot, whether
/// they follow it, their comments others do not see, the policy checkbox) is a personal block.
/// </summary>
[Area("Participation.Contents")]
public sealed class ItemController(IContentManager contentManager, IContentItemDisplayManager display, IPageCache pages) : Controller
{
    [HttpGet("{**path}", Order = 1000), SharedTemplate, OutputCache(PolicyName = PublicPage.Policy)]
    public async Task<IActionResult> Display(string path)
    {
        if (string.IsNullOrWhiteSpace(path)) return NotFound();
        var item = await contentManager.GetByPathAsync(path.Trim('/'), CultureInfo.CurrentUICulture.TwoLetterISOLanguageName);
        if (item is null) return NotFound();
        // Another item of the type may take this path in this language (a translation published).
        pages.Tag(CacheTags.ContentType(item.ContentType));
        return View(new ContentDisplayViewModel { Item = item, Shapes = await display.BuildDisplayAsync(item, "Detail") });
    }
}
