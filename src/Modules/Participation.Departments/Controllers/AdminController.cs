using System.Net.Mail;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Participation.Admin;
using Participation.AuditTrail;
using Participation.Data;
using Participation.Security;

namespace Participation.Departments.Controllers;

[Admin, Area("Participation.Departments"), Route("admin/departments")]
public sealed class AdminController(IDataSession session, IAuthorizationService authorizationService, IAuditTrail audit, IStringLocalizer<AdminController> T) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index()
        => await CanAsync() ? View(await session.Set<Department>().AsNoTracking().OrderBy(d => d.Kind).ThenBy(d => d.NameAr).ToListAsync()) : Forbid();

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
