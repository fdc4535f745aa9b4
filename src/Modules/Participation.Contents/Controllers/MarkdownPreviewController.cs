using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Participation.Admin;
using Participation.Html;
using Participation.Security;

namespace Participation.Contents.Controllers;

/// <summary>
/// The live preview beside the admin's Markdown fields: the typed text through the public pages'
/// own pipeline (Markdig, then HtmlSanitizer), so what the editor sees is what the public will.
/// A POST with the form's antiforgery token, for editors only.
/// </summary>
[Admin, Route("admin/markdown-preview")]
public sealed class MarkdownPreviewController(IMarkdownRenderer renderer, IAuthorizationService authorizationService) : Controller
{
    /// <summary>Far beyond any page's text; a larger post is refused rather than rendered.</summary>
    public const int MaxLength = 200_000;

    [HttpPost("")]
    public async Task<IActionResult> Preview([FromForm] string? markdown)
    {
        if (!await authorizationService.AuthorizeAsync(User, Permissions.EditContent)) return Forbid();
        if (markdown?.Length > MaxLength) return StatusCode(StatusCodes.Status413PayloadTooLarge);
        Response.Headers.CacheControl = "no-store";
        return Content(renderer.ToSafeHtml(markdown ?? ""), "text/html; charset=utf-8");
    }
}
