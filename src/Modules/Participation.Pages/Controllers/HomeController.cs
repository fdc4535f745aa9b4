using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Participation.Caching;
using Participation.Navigation;

namespace Participation.Pages.Controllers;

[Area("Participation.Pages")]
public sealed class HomeController(INavigationManager navigation) : Controller
{
    [HttpGet("/"), OutputCache(PolicyName = PublicPage.Policy, Tags = [CacheTags.AllContent])]
    public async Task<IActionResult> Index() => View(await navigation.BuildMenuAsync(NavigationNames.Main));
}
