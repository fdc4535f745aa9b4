using Participation.AuditTrail;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Participation.Admin;
using Participation.Security;
using Participation.Users.ViewModels;
using Participation.Notify;

namespace Participation.Users.Controllers;

/// <summary>Staff accounts and roles. Everything here needs ManageUsers.</summary>
[Admin, Area("Participation.Users"), Route("admin/users")]
public sealed class AdminController(
    UserManager<ParticipationUser> users,
    RoleManager<ParticipationRole> roles,
    IAuthorizationService authorizationService,
    IAuditTrail auditTrail,
    TimeProvider clock,
    INotifier notifier,
    IStringLocalizer<AdminController> T) : Controller
{
    private const int PageSize = 50;

    [HttpGet("")]
    public async Task<IActionResult> Index(string? q, int page = 1)
    {
        if (!await CanManageAsync()) return Forbid();
        page = Math.Max(1, page);
        var query = users.Users.AsQueryable();
        if (!string.IsNullOrWhiteSpace(q))
        {
            var term = q.Trim().ToUpperInvariant();
            query = query.Where(u => u.NormalizedUserName!.Contains(term) || u.NormalizedEmail!.Contains(term) || u.DisplayName.Contains(q.Trim()));
        }
        var total = await query.CountAsync();
        var list = await query.OrderBy(u => u.UserName).Skip((page - 1) * PageSize).Take(PageSize).ToListAsync();
        var rows = new List<(ParticipationUser, IReadOnlyList<string>)>();
        foreach (var user in list) rows.Add((user, (await users.GetRolesAsync(user)).ToList()));
        return View(new UserListViewModel(rows, q, page, Math.Max(1, (total + PageSize - 1) / PageSize)));
    }

    [HttpGet("create")]
    public async Task<IActionResult> Create()
        => await CanManageAsync() ? View(new CreateUserViewModel { AvailableRoles = await AssignableRolesAsync() }) : Forbid();

    [HttpPost("create")]
    public async Task<IActionResult> Create(CreateUserViewModel model)
    {
        if (!await CanManageAsync()) return Forbid();
        model.AvailableRoles = await AssignableRolesAsync();
        if (model.Roles.Except(model.AvailableRoles).Any()) ModelState.AddModelError(nameof(model.Roles), T["Unknown role."]);
        if (!ModelState.IsValid) return View(model);
        var user = new ParticipationUser
        {
            UserName = model.UserName.Trim(),
            Email = model.Email.Trim(),
            DisplayName = model.DisplayName.Trim(),
            // Staff accounts are vouched for by the administrator who creates them.
            EmailConfirmed = true,
            CreatedUtc = clock.GetUtcNow().UtcDateTime,
        };
        var result = await users.CreateAsync(user, model.Password);
        if (result.Succeeded && model.Roles.Count > 0) result = await users.AddToRolesAsync(user, model.Roles);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors) ModelState.AddModelError(error.Code.StartsWith("Password", StringComparison.Ordinal) ? nameof(model.Password) : "", error.Description);
            return View(model);
        }
        await auditTrail.RecordAsync("User", "Created", $"{user.UserName}: {string.Join(", ", model.Roles)}");
        notifier.Success(T["Account created."]);
        return RedirectToAction(nameof(Index));
    }

    [HttpGet("{id}")]
    public async Task<IActionResult> Edit(string id)
    {
        if (!await CanManageAsync()) return Forbid();
        var user = await users.FindByIdAsync(id);
        if (user is null) return NotFound();
        return View(await EditModelAsync(user));
    }

    [HttpPost("{id}")]
    public async Task<IActionResult> Edit(string id, [FromForm] List<string> roles)
    {
        if (!await CanManageAsync()) return Forbid();
        var user = await users.FindByIdAsync(id);
        if (user is null) return NotFound();
        var available = await AssignableRolesAsync();
        var wanted = roles.Intersect(available).ToList();
        var current = await users.GetRolesAsync(user);
        if (current.Contains(RoleNames.Administrator) && !wanted.Contains(RoleNames.Administrator)
            && (await users.GetUsersInRoleAsync(RoleNames.Administrator)).Count == 1)
        {
            notifier.Error(T["The site needs at least one administrator."]);
            return RedirectToAction(nameof(Edit), new { id });
        }
        await users.RemoveFromRolesAsync(user, current.Except(wanted));
        await users.AddToRolesAsync(user, wanted.Except(current));
        await users.UpdateSecurityStampAsync(user);
        await auditTrail.RecordAsync("User", "RolesChanged", $"{user.UserName}: {string.Join(", ", wanted)}");
        notifier.Success(T["Roles saved."]);
        return RedirectToAction(nameof(Edit), new { id });
    }

    [HttpPost("{id}/lock")]
    public async Task<IActionResult> Lock(string id, bool locked)
    {
        if (!await CanManageAsync()) return Forbid();
        var user = await users.FindByIdAsync(id);
        if (user is null) return NotFound();
        if (locked && user.Id == users.GetUserId(User))
        {
            notifier.Error(T["You cannot lock your own account."]);
            return RedirectToAction(nameof(Edit), new { id });
        }
        await users.SetLockoutEnabledAsync(user, true);
        await users.SetLockoutEndDateAsync(user, locked ? DateTimeOffset.MaxValue : null);
        await users.UpdateSecurityStampAsync(user);
        await auditTrail.RecordAsync("User", locked ? "Locked" : "Unlocked", user.UserName);
        notifier.Success(locked ? T["Account locked."] : T["Account unlocked."]);
        return RedirectToAction(nameof(Edit), new { id });
    }

    private async Task<EditUserViewModel> EditModelAsync(ParticipationUser user) => new()
    {
        Id = user.Id,
        UserName = user.UserName ?? "",
        Email = user.Email ?? "",
        DisplayName = user.DisplayName,
        IsLockedOut = await users.IsLockedOutAsync(user),
        Roles = (await users.GetRolesAsync(user)).ToList(),
        AvailableRoles = await AssignableRolesAsync(),
    };

    /// <summary>Authenticated and Anonymous describe everyone; they are not given to people.</summary>
    private async Task<IReadOnlyList<string>> AssignableRolesAsync()
        => await roles.Roles.Where(r => r.Name != RoleNames.Authenticated && r.Name != RoleNames.Anonymous).OrderBy(r => r.Name).Select(r => r.Name!).ToListAsync();

    private Task<bool> CanManageAsync() => authorizationService.AuthorizeAsync(User, Permissions.ManageUsers);
}
