using Microsoft.AspNetCore.Mvc;

namespace Participation.Pages.Controllers;

/// <summary>Friendly pages for 403, 404, 429 and 500, in the visitor's language.</summary>
[Area("Participation.Pages")]
public sealed class ErrorController : Controller
{
    [Route("error/{code:int}")]
    public IActionResult Index(int code)
    {
        Response.StatusCode = code is >= 400 and < 600 ? code : 500;
        return View(Response.StatusCode);
    }
}
