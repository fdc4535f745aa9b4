using System.Net.Mail;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Participation.Admin;
using Participation.AuditTrail;
using Participation.Data;
using Participation.Security;
using Participation.Users;
using Microsoft.AspNetCore.Identity;

namespace Participation.Departments.Controllers;

[Admin, Area("Participation.Departments"), Route("admin/departments")]
public sealed class AdminController(IDataSession session, IAuthorizationService authorizationService, IAuditTrail audit, UserManager<ParticipationUser> users, IStringLocalizer<AdminController> T) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index()
    {
        if (!await CanAsync()) return Forbid();
        ViewData["Members"] = await (from m in session.Set<DepartmentMember>().AsNoTracking()
                                     join u in session.Set<ParticipationUser>().AsNoTracking() on m.UserId equals u.Id
                                     orderby m.IsHead descending, u.DisplayName
                                     select new DepartmentMemberView(m.Id, m.DepartmentKey, u.DisplayName, u.UserName ?? "", m.IsHead)).ToListAsync();
        return View(await session.Set<Department>().AsNoTracking().OrderBy(d => d.Kind).ThenBy(d => d.NameAr).ToListAsync());
    }

    /// <summary>Adds a staff member (by user name or email) to a department as officer or head.</summary>
    [HttpPost("{key}/members")]
    public async Task<IActionResult> AddMember(string key, string? login, bool isHead)
    {
        if (!await CanAsync()) return Forbid();
        if (!await session.Set<Department>().AnyAsync(d => d.Key == key)) return NotFound();
        var user = string.IsNullOrWhiteSpace(login) ? null : await users.FindByNameAsync(login.Trim()) ?? await users.FindByEmailAsync(login.Trim());
        if (user is null)
        {
            TempData["Error"] = T["No account has this user name or email."].Value;
            return RedirectToAction(nameof(Index));
        }
        var member = await session.Set<DepartmentMember>().FirstOrDefaultAsync(m => m.DepartmentKey == key && m.UserId == user.Id);
        if (member is null) session.Set<DepartmentMember>().Add(member = new DepartmentMember { DepartmentKey = key, UserId = user.Id });
        member.IsHead = isHead;
        await session.SaveChangesAsync();
        await audit.RecordAsync("Department", "MemberAdded", $"{key}: {user.UserName}{(isHead ? " (head)" : "")}");
        TempData["Notice"] = T["{0} now handles this department's requests.", user.DisplayName].Value;
        return RedirectToAction(nameof(Index));
    }

    [HttpPost("members/{id:long}/remove")]
    public async Task<IActionResult> RemoveMember(long id)
    {
        if (!await CanAsync()) return Forbid();
        var member = await session.Set<DepartmentMember>().FirstOrDefaultAsync(m => m.Id == id);
        if (member is null) return NotFound();
        session.Set<DepartmentMember>().Remove(member);
        await session.SaveChangesAsync();
        await audit.RecordAsync("Department", "MemberRemoved", $"{member.DepartmentKey}: {member.UserId}");
        TempData["Notice"] = T["Member removed."].Value;
        return RedirectToAction(nameof(Index));
    }

    [HttpPost("")]
    public async Task<IActionResult> Save(long? id, string? key, string? nameAr, string? nameEn, string? email, DepartmentKind kind, string? parentKey, bool isActive)
    {
        if (!await CanAsync()) return Forbid();
        string? error = null;
        if (string.IsNullOrWhiteSpace(nameAr) || string.IsNullOrWhiteSpace(nameEn)) error = T["A department needs an Arabic and an English name."].Value;
        else if (!string.IsNullOrWhiteSpace(email) && !MailAddress.TryCreate(email.Trim(), out _)) error = T["Enter a valid email address."].Value;
        var department = id is null ? null : await session.Set<Department>().FirstOrDefaultAsync(d => d.Id == id);
        if (error is null && department is null)
        {
            if (string.IsNullOrWhiteSpace(key) || !key.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-') || await session.Set<Department>().AnyAsync(d => d.Key == key))
                error = T["A new department needs a key of its own: lower-case Latin letters, digits and '-'."].Value;
            else session.Set<Department>().Add(department = new Department { Key = key });
        }
        if (error is not null)
        {
            TempData["Error"] = error;
            return RedirectToAction(nameof(Index));
        }
        department!.NameAr = nameAr!.Trim();
        department.NameEn = nameEn!.Trim();
        department.Email = email?.Trim() ?? "";
        department.Kind = kind;
        department.ParentKey = string.IsNullOrWhiteSpace(parentKey) || parentKey == department.Key ? null : parentKey;
        department.IsActive = id is null || isActive;
        await session.SaveChangesAsync();
        await audit.RecordAsync("Department", "Saved", department.Key);
        TempData["Notice"] = T["Department saved."].Value;
        return RedirectToAction(nameof(Index));
    }

    private Task<bool> CanAsync() => authorizationService.AuthorizeAsync(User, Permissions.ManageDepartments);
}

public sealed record DepartmentMemberView(long Id, string DepartmentKey, string DisplayName, string UserName, bool IsHead);
