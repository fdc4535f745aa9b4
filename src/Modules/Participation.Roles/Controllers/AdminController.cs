using Participation.Users;
using Participation.AuditTrail;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Participation.Admin;
using Participation.Roles.ViewModels;
using Participation.Security;
using Participation.Notify;

namespace Participation.Roles.Controllers;

[Admin, Area("Participation.Roles"), Route("admin/roles")]
public sealed class AdminController(
    RoleManager<ParticipationRole> roles,
    IRolePermissions rolePermissions,
    IPermissionCatalog permissions,
    IAuthorizationService authorizationService,
    IAuditTrail auditTrail,
    INotifier notifier,
    IStringLocalizer<AdminController> T) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index()
    {
        if (!await CanManageAsync()) return Forbid();
        return View(new RoleListViewModel(await roles.Roles.OrderBy(r => r.Name).ToListAsync()));
    }

    [HttpPost("")]
    public async Task<IActionResult> Create(string? name, string? description)
    {
        if (!await CanManageAsync()) return Forbid();
        if (string.IsNullOrWhiteSpace(name) || !name.All(c => char.IsLetterOrDigit(c) || c is '-' or '_'))
        {
            notifier.Error(T["A role name uses letters, digits, '-' and '_' only."]);
            return RedirectToAction(nameof(Index));
        }
        var result = await roles.CreateAsync(new ParticipationRole(name.Trim()) { Description = description?.Trim() ?? "" });
        if (result.Succeeded) notifier.Success(T["Role created."]);
        // The identity errors are already in the admin's language.
        else notifier.Error(new LocalizedString("IdentityErrors", string.Join(" ", result.Errors.Select(e => e.Description))));
        return result.Succeeded ? RedirectToAction(nameof(Edit), new { name = name.Trim() }) : RedirectToAction(nameof(Index));
    }

    [HttpGet("{name}")]
    public async Task<IActionResult> Edit(string name)
    {
        if (!await CanManageAsync()) return Forbid();
        var role = await roles.FindByNameAsync(name);
        if (role is null) return NotFound();
        return View(new EditRoleViewModel
        {
            Role = role,
            PermissionsByCategory = permissions.All.Where(p => p != StandardPermissions.SiteOwner).OrderBy(p => p.Name).GroupBy(p => p.Category).OrderBy(g => g.Key).ToList(),
            Granted = await rolePermissions.GetAsync(role.Name!),
            IsAdministrator = role.Name == RoleNames.Administrator,
        });
    }

    [HttpPost("{name}")]
    public async Task<IActionResult> Edit(string name, [FromForm] List<string> granted)
    {
        if (!await CanManageAsync()) return Forbid();
        var role = await roles.FindByNameAsync(name);
        if (role is null) return NotFound();
        if (role.Name == RoleNames.Administrator) return BadRequest();
        var known = granted.Where(n => permissions.Find(n) is not null).ToList();
        await rolePermissions.SetAsync(role.Name!, known);
        await auditTrail.RecordAsync("Role", "PermissionsChanged", $"{role.Name}: {string.Join(", ", known)}");
        notifier.Success(T["Permissions saved."]);
        return RedirectToAction(nameof(Edit), new { name });
    }

    private Task<bool> CanManageAsync() => authorizationService.AuthorizeAsync(User, Permissions.ManageRoles);
}
