using Microsoft.AspNetCore.Mvc;
using Participation.Files;
using Participation.Settings;

namespace Participation.Pages.Controllers;

/// <summary>The agency's logo from the file store, uploaded in the settings; its address changes with each upload.</summary>
[Area("Participation.Pages")]
public sealed class SiteLogoController(ISiteService siteService, IFileStore files) : Controller
{
    [HttpGet("/site/logo")]
    public async Task<IActionResult> Logo()
    {
        var settings = await siteService.GetSettingsAsync();
        if (settings.LogoFile.Length == 0 || await files.OpenReadAsync(settings.LogoFile) is not { } content) return NotFound();
        Response.Headers.CacheControl = "public, max-age=31536000, immutable";
        return new StoredFileResult(content, "logo" + Path.GetExtension(settings.LogoFile), Path.GetExtension(settings.LogoFile));
    }
}
