using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Participation.Admin;
using Participation.AuditTrail;
using Participation.Notify;
using Participation.Security;
using Participation.Users.Domain;
using Participation.Users.Models;
using Participation.Users.Services;
using Participation.Users.ViewModels;

namespace Participation.Users.Controllers;

/// <summary>The national login settings (Users › National login): providers and the staff rule. Needs ManageUsers.</summary>
[Admin, Area("Participation.Users"), Route("admin/users/national-login")]
public sealed class NationalLoginAdminController(
    NationalLoginSettingsStore store,
    IAuthorizationService authorizationService,
    IAuditTrail auditTrail,
    INotifier notifier,
    IStringLocalizer<NationalLoginAdminController> T) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index()
    {
        if (!await CanManageAsync()) return Forbid();
        var settings = await store.GetAsync();
        return View(new NationalLoginSettingsViewModel
        {
            // Secrets are never sent back to the browser: an empty field keeps the saved one.
            Providers = [.. settings.Providers.Select(p => { p.ClientSecret = ""; return p; }), new NationalLoginProvider { Scopes = "", NationalIdClaim = "", NameClaims = "", LabelAr = "", LabelEn = "" }],
            StaffOnly = settings.StaffOnly,
        });
    }

    [HttpPost("")]
    public async Task<IActionResult> Index(NationalLoginSettingsViewModel model)
    {
        if (!await CanManageAsync()) return Forbid();
        var saved = await store.GetSavedAsync();
        var effective = await store.GetAsync();
        var posted = model.Providers.Where(p => !string.IsNullOrWhiteSpace(p.Key) || !string.IsNullOrWhiteSpace(p.Authority)).ToList();
        foreach (var p in posted)
        {
            p.Key = p.Key.Trim();
            if (p.ClientSecret.Length == 0) p.ClientSecret = saved.Find(p.Key)?.ClientSecret ?? "";
        }
        var settings = new NationalLoginSettings { StaffOnly = model.StaffOnly, Providers = [.. posted.Where(p => !model.Remove.Contains(p.Key))] };
        var problems = NationalLoginRules.Problems(settings);
        foreach (var (field, message) in problems) ModelState.AddModelError(field, T[message]);
        if (settings.Providers.Any(p => effective.Find(p.Key) is { FromConfiguration: true }))
            ModelState.AddModelError("", T["A provider with this key is set in the site's configuration; choose another key."]);
        if (problems.Count > 0 || !ModelState.IsValid)
        {
            model.Providers = [.. effective.Providers.Where(p => p.FromConfiguration), .. model.Providers];
            return View(model);
        }
        await store.SaveAsync(settings);
        await auditTrail.RecordAsync("User", "NationalLoginSettingsSaved");
        notifier.Success(T["Settings saved."]);
        return RedirectToAction(nameof(Index));
    }

    private Task<bool> CanManageAsync() => authorizationService.AuthorizeAsync(User, Permissions.ManageUsers);
}
