using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Participation.Admin;
using Participation.Security;
using Participation.Departments.Services;
using Participation.Notify;

namespace Participation.Departments.Controllers;

[Admin, Area("Participation.Departments"), Route("admin/departments")]
public sealed class AdminController(DepartmentAdministration departments, IAuthorizationService authorizationService, INotifier notifier, IStringLocalizer<AdminController> T) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index()
    {
        if (!await CanAsync()) return Forbid();
        ViewData["Members"] = await departments.MembersAsync();
        return View(await departments.ListAsync());
    }

    /// <summary>Adds a staff member (by user name or email) to a department as officer or head.</summary>
    [HttpPost("{key}/members")]
    public async Task<IActionResult> AddMember(string key, string? login, bool isHead)
    {
        if (!await CanAsync()) return Forbid();
        if (!await departments.ExistsAsync(key)) return NotFound();
        if (await departments.AddMemberAsync(key, login, isHead) is { } name) notifier.Success(T["{0} now handles this department's requests.", name]);
        else notifier.Error(T["No account has this user name or email."]);
        return RedirectToAction(nameof(Index));
    }

    [HttpPost("members/{id:long}/remove")]
    public async Task<IActionResult> RemoveMember(long id)
    {
        if (!await CanAsync()) return Forbid();
        if (!await departments.RemoveMemberAsync(id)) return NotFound();
        notifier.Success(T["Member removed."]);
        return RedirectToAction(nameof(Index));
    }

    [HttpPost("")]
    public async Task<IActionResult> Save(long? id, string? key, string? nameAr, string? nameEn, string? email, DepartmentKind kind, string? parentKey, bool isActive)
    {
        if (!await CanAsync()) return Forbid();
        if (await departments.SaveAsync(new DepartmentForm(id, key, nameAr, nameEn, email, kind, parentKey, isActive)) is { } problem) notifier.Error(T[problem]);
        else notifier.Success(T["Department saved."]);
        return RedirectToAction(nameof(Index));
    }

    private Task<bool> CanAsync() => authorizationService.AuthorizeAsync(User, Permissions.ManageDepartments);
}
