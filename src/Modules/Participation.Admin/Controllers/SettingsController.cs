using Participation.AuditTrail;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Participation.Admin.Services;
using Microsoft.Extensions.Localization;
using Participation.Admin.ViewModels;
using Participation.Security;
using Participation.Settings;
using Participation.Notify;

namespace Participation.Admin.Controllers;

[Admin, Area("Participation.Admin"), Route("admin/settings")]
public sealed class SettingsController(ISiteService siteService, IAuthorizationService authorizationService, IAuditTrail auditTrail, INotifier notifier, SiteLogo siteLogo, IStringLocalizer<SettingsController> T) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index()
    {
        if (!await authorizationService.AuthorizeAsync(User, Permissions.ManageSettings)) return Forbid();
        var s = await siteService.GetSettingsAsync();
        return View(new SettingsViewModel
        {
            SiteName = s.SiteName, SiteNameEn = s.SiteNameEn, AgencyName = s.AgencyName, AgencyNameEn = s.AgencyNameEn,
            SupportEmail = s.SupportEmail, AllowRegistration = s.AllowRegistration,
            PasswordLength = s.Password.RequiredLength, RequireDigit = s.Password.RequireDigit, RequireLowercase = s.Password.RequireLowercase,
            RequireUppercase = s.Password.RequireUppercase, RequireNonAlphanumeric = s.Password.RequireNonAlphanumeric,
            ContactPhone = s.ContactPhone, ContactAddress = s.ContactAddress, ContactAddressEn = s.ContactAddressEn, LogoUrl = s.LogoUrl(),
        });
    }

    [HttpPost("")]
    public async Task<IActionResult> Index(SettingsViewModel model, IFormFile? logo)
    {
        if (!await authorizationService.AuthorizeAsync(User, Permissions.ManageSettings)) return Forbid();
        var s = await siteService.GetSettingsAsync();
        model.LogoUrl = s.LogoUrl();
        if (logo is { Length: > 0 } && await SiteLogo.CheckAsync(logo) is { } problem)
            ModelState.AddModelError("logo", problem == "size" ? T["The logo is larger than {0} KB.", SiteLogo.MaxBytes / 1024] : T["The logo must be a PNG or JPEG image."]);
        if (!ModelState.IsValid) return View(model);
        s = s with
        {
            SiteName = model.SiteName.Trim(),
            SiteNameEn = model.SiteNameEn.Trim(),
            AgencyName = model.AgencyName?.Trim() ?? "",
            AgencyNameEn = model.AgencyNameEn?.Trim() ?? "",
            SupportEmail = model.SupportEmail?.Trim() ?? "",
            AllowRegistration = model.AllowRegistration,
            ContactPhone = model.ContactPhone?.Trim() ?? "",
            ContactAddress = model.ContactAddress?.Trim() ?? "",
            ContactAddressEn = model.ContactAddressEn?.Trim() ?? "",
            Password = new PasswordSettings
            {
                RequiredLength = model.PasswordLength, RequireDigit = model.RequireDigit, RequireLowercase = model.RequireLowercase,
                RequireUppercase = model.RequireUppercase, RequireNonAlphanumeric = model.RequireNonAlphanumeric,
            },
        };
        if (logo is { Length: > 0 }) s = await siteLogo.ReplaceAsync(s, logo);
        else if (model.RemoveLogo) s = await siteLogo.RemoveAsync(s);
        await siteService.UpdateSettingsAsync(s);
        await auditTrail.RecordAsync("Settings", "Changed");
        notifier.Success(T["Settings saved."]);
        return RedirectToAction(nameof(Index));
    }
}
