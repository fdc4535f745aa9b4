using Microsoft.AspNetCore.Mvc;

namespace Participation.Pages.Controllers;

/// <summary>
/// Friendly pages for 400, 403, 404, 413, 429 and 500, in the visitor's language. A refused post is
/// re-executed here as a post: its antiforgery token is not checked again.
/// </summary>
[Area("Participation.Pages"), IgnoreAntiforgeryToken]
public sealed class ErrorController : Controller
{
    // The code is read from the route, not bound: binding would read the refused post's form again.
    [Route("error/{code:int}")]
    public IActionResult Index()
    {
        var code = int.TryParse(Request.RouteValues["code"] as string, out var routed) ? routed : 500;
        Response.StatusCode = code is >= 400 and < 600 ? code : 500;
        return View(Response.StatusCode);
    }
}
