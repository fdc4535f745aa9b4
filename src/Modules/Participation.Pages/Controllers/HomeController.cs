using Microsoft.AspNetCore.Mvc;
using Participation.Navigation;

namespace Participation.Pages.Controllers;

[Area("Participation.Pages")]
public sealed class HomeController(INavigationManager navigation) : Controller
{
    [HttpGet("/")]
    public async Task<IActionResult> Index() => View(await navigation.BuildMenuAsync(NavigationNames.Main));
}
