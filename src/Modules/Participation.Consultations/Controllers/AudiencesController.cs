using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Participation.Admin;
using Participation.Audiences;
using Participation.Consultations.Services;
using Participation.Security;
using Participation.Notify;

namespace Participation.Consultations.Controllers;

/// <summary>The managed list of target audiences: one "key | Arabic | English" line each.</summary>
[Admin, Area("Participation.Consultations"), Route("admin/audiences")]
public sealed class AudiencesController(IAudienceCatalog catalog, IAuthorizationService authorizationService, INotifier notifier, IStringLocalizer<AudiencesController> T) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index()
    {
        if (!await authorizationService.AuthorizeAsync(User, Permissions.ManageAudiences)) return Forbid();
        return View((object)string.Join("\n", (await catalog.ListAsync()).Select(a => $"{a.Key} | {a.NameAr} | {a.NameEn}")));
    }

    [HttpPost("")]
    public async Task<IActionResult> Index(string? lines)
    {
        if (!await authorizationService.AuthorizeAsync(User, Permissions.ManageAudiences)) return Forbid();
        var (audiences, bad) = AudienceCatalog.Parse(lines ?? "");
        if (bad is not null || audiences.Count == 0)
        {
            notifier.Error(bad is { } line
                ? T["Line {0} is not “key | Arabic | English” with a unique key of lower-case Latin letters, digits and '-'. Nothing was saved.", line]
                : T["Keep at least one audience."]);
            return View((object)(lines ?? ""));
        }
        await catalog.SaveAsync(audiences);
        notifier.Success(T["Audiences saved."]);
        return RedirectToAction(nameof(Index));
    }
}
