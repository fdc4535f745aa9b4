using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Participation.Caching;
using Participation.ContentManagement.Display;
using Participation.Home;
using Participation.Navigation;
using Participation.Pages.ViewModels;

namespace Participation.Pages.Controllers;

[Area("Participation.Pages")]
public sealed class HomeController(INavigationManager navigation, IEnumerable<IHomeSection> sections) : Controller
{
    [HttpGet("/"), SharedTemplate, OutputCache(PolicyName = PublicPage.Policy, Tags = [CacheTags.AllContent])]
    public async Task<IActionResult> Index()
    {
        var shapes = new List<ShapeResult>();
        foreach (var section in sections)
            if (await section.BuildAsync() is { } shape) shapes.Add(shape);
        return View(new HomeViewModel { Menu = await navigation.BuildMenuAsync(NavigationNames.Main), Sections = [.. shapes.OrderBy(s => s.Position, StringComparer.Ordinal)] });
    }
}
