using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Participation.Admin;
using Participation.Ideas.Services;
using Participation.Ideas.ViewModels;
using Participation.Notify;
using Participation.Security;

namespace Participation.Ideas.Controllers;

/// <summary>The statuses the admin defines for ideas beyond the shipped ones, each counting as one of the officers' decisions.</summary>
[Admin, Area("Participation.Ideas"), Route("admin/ideas/statuses")]
public sealed class StatusesController(IdeaCustomStatuses statuses, IAuthorizationService authorization, INotifier notifier, IStringLocalizer<StatusesController> T) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index()
        => await authorization.AuthorizeAsync(User, Permissions.ManageIdeaStatuses)
            ? View(new CustomStatusesViewModel { Statuses = (await statuses.ListAsync()).All })
            : Forbid();

    [HttpPost("")]
    public async Task<IActionResult> Define(string? nameAr, string? nameEn, string? countsAs)
    {
        if (!await authorization.AuthorizeAsync(User, Permissions.ManageIdeaStatuses)) return Forbid();
        var (status, problem) = await statuses.DefineAsync(nameAr, nameEn, countsAs);
        if (problem is not null)
            return View("Index", new CustomStatusesViewModel
            {
                Statuses = (await statuses.ListAsync()).All, Error = T[problem.Message, problem.Arguments], NameAr = nameAr, NameEn = nameEn, CountsAs = countsAs,
            });
        notifier.Success(T["The status “{0}” is defined: officers may set it from the study page.", status!.Name(CultureInfo.CurrentUICulture.Name)]);
        return LocalRedirect("/admin/ideas/statuses");
    }

    [HttpPost("{key}/delete")]
    public async Task<IActionResult> Delete(string key)
    {
        if (!await authorization.AuthorizeAsync(User, Permissions.ManageIdeaStatuses)) return Forbid();
        if (await statuses.DeleteAsync(key) is { } problem) notifier.Error(T[problem.Message, problem.Arguments]);
        else notifier.Success(T["The status is deleted."]);
        return LocalRedirect("/admin/ideas/statuses");
    }
}
