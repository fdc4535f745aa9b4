using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Participation.Admin;
using Participation.AuditTrail;
using Participation.Notify;
using Participation.Security;
using Participation.Transparency.Domain;
using Participation.Transparency.Models;
using Participation.Transparency.Services;
using Participation.Transparency.ViewModels;

namespace Participation.Transparency.Controllers;

/// <summary>The open data's licence and threshold, and a rebuild on demand; each change audited.</summary>
[Admin, Area("Participation.Transparency"), Route("admin/open-data")]
public sealed class OpenDataAdminController(
    OpenDataSettingsStore settings, OpenDataCatalog catalog, OpenDataPublisher publisher, IAuditTrail audit, INotifier notifier, IAuthorizationService authorization, IStringLocalizer<OpenDataAdminController> T) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index()
    {
        if (!await authorization.AuthorizeAsync(User, Permissions.ManageOpenData)) return Forbid();
        return View(new OpenDataViewModel { Publication = await catalog.CurrentAsync(), Settings = await settings.GetAsync() });
    }

    [HttpPost("settings")]
    public async Task<IActionResult> Save(string? licence, int? threshold)
    {
        if (!await authorization.AuthorizeAsync(User, Permissions.ManageOpenData)) return Forbid();
        var chosen = string.IsNullOrEmpty(licence) ? null : OpenDataLicence.Find(licence);
        if (!string.IsNullOrEmpty(licence) && chosen is null) notifier.Error(T["Choose one of the licences listed."]);
        else if (threshold is not (>= 1 and <= DisclosureRule.MaxThreshold)) notifier.Error(T["The threshold is a whole number of people from 1 to {0}.", DisclosureRule.MaxThreshold]);
        else
        {
            await settings.SaveAsync(new OpenDataSettings { Licence = chosen?.Key, Threshold = threshold.Value });
            await audit.RecordAsync("OpenData", "SettingsChanged", $"licence: {chosen?.Key ?? "none"}, threshold: {threshold}");
            notifier.Success(chosen is null ? T["Saved. No licence is chosen, so nothing is published."] : T["Saved. The next build publishes under the licence chosen."]);
        }
        return Redirect("/admin/open-data");
    }

    [HttpPost("rebuild")]
    public async Task<IActionResult> Rebuild(CancellationToken cancellationToken)
    {
        if (!await authorization.AuthorizeAsync(User, Permissions.ManageOpenData)) return Forbid();
        var build = await publisher.BuildAsync(OpenDataPublisher.ManualSlot(), cancellationToken);
        if (build is null) notifier.Error(T["Nothing was built: choose a licence first."]);
        else
        {
            await audit.RecordAsync("OpenData", "Rebuilt", $"build {build.Id}");
            notifier.Success(T["The open data was rebuilt and published."]);
        }
        return Redirect("/admin/open-data");
    }
}
