using Participation.Text;
using System.Net.Mail;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Participation.AuditTrail;
using Participation.Caching;
using Participation.Data;
using Participation.Departments.Models;
using Participation.Users;

namespace Participation.Departments.Services;

/// <summary>
/// The admin's departments screen: the list with its officers, saving a department, adding and
/// removing the staff who handle its requests. Every change goes to the audit trail.
/// </summary>
public sealed class DepartmentAdministration(IDataSession session, DepartmentDirectory directory, IAuditTrail audit, UserManager<ParticipationUser> users, IPageCache pages)
{
    public Task<List<DepartmentRecord>> ListAsync()
        => session.Set<DepartmentRecord>().AsNoTracking().OrderBy(d => d.Kind).ThenBy(d => d.NameAr).ToListAsync();

    /// <summary>Every department's officers, heads first.</summary>
    public Task<List<DepartmentMemberView>> MembersAsync()
        => (from m in session.Set<DepartmentMemberRecord>().AsNoTracking()
            join u in session.Set<ParticipationUser>().AsNoTracking() on m.UserId equals u.Id
            orderby m.IsHead descending, u.DisplayName
            select new DepartmentMemberView(m.Id, m.DepartmentKey, u.DisplayName, u.UserName ?? "", m.IsHead)).ToListAsync();

    public Task<bool> ExistsAsync(string key) => session.Set<DepartmentRecord>().AnyAsync(d => d.Key == key);

    /// <summary>Null when saved, else what is wrong (untranslated). A form with no known id adds a department.</summary>
    public async Task<string?> SaveAsync(DepartmentForm form)
    {
        if (string.IsNullOrWhiteSpace(form.NameAr) || string.IsNullOrWhiteSpace(form.NameEn)) return "A department needs an Arabic and an English name.";
        if (!string.IsNullOrWhiteSpace(form.Email) && !MailAddress.TryCreate(form.Email.Trim(), out _)) return "Enter a valid email address.";
        var department = form.Id is null ? null : await session.Set<DepartmentRecord>().FirstOrDefaultAsync(d => d.Id == form.Id);
        if (department is null)
        {
            if (!StableKey.IsValid(form.Key) || await ExistsAsync(form.Key))
                return "A new department needs a key of its own: lower-case Latin letters, digits and '-'.";
            session.Set<DepartmentRecord>().Add(department = new DepartmentRecord { Key = form.Key });
        }
        department.NameAr = form.NameAr.Trim();
        department.NameEn = form.NameEn.Trim();
        department.Email = form.Email?.Trim() ?? "";
        department.Kind = form.Kind;
        department.ParentKey = string.IsNullOrWhiteSpace(form.ParentKey) || form.ParentKey == department.Key ? null : form.ParentKey;
        department.IsActive = form.Id is null || form.IsActive;
        await session.SaveChangesAsync();
        directory.Forget();
        // Department names show on consultation and poll pages and in their filters.
        await pages.EvictAsync(CacheTags.Site);
        await audit.RecordAsync("Department", "Saved", department.Key);
        return null;
    }

    /// <summary>
    /// Makes the account with this user name or email an officer (or the head) of the department;
    /// its display name, or null when no account has this login.
    /// </summary>
    public async Task<string?> AddMemberAsync(string key, string? login, bool isHead)
    {
        var user = string.IsNullOrWhiteSpace(login) ? null : await users.FindByNameAsync(login.Trim()) ?? await users.FindByEmailAsync(login.Trim());
        if (user is null) return null;
        var member = await session.Set<DepartmentMemberRecord>().FirstOrDefaultAsync(m => m.DepartmentKey == key && m.UserId == user.Id);
        if (member is null) session.Set<DepartmentMemberRecord>().Add(member = new DepartmentMemberRecord { DepartmentKey = key, UserId = user.Id });
        member.IsHead = isHead;
        await session.SaveChangesAsync();
        await audit.RecordAsync("Department", "MemberAdded", $"{key}: {user.UserName}{(isHead ? " (head)" : "")}");
        return user.DisplayName;
    }

    /// <summary>False when there is no such member.</summary>
    public async Task<bool> RemoveMemberAsync(long id)
    {
        var member = await session.Set<DepartmentMemberRecord>().FirstOrDefaultAsync(m => m.Id == id);
        if (member is null) return false;
        session.Set<DepartmentMemberRecord>().Remove(member);
        await session.SaveChangesAsync();
        await audit.RecordAsync("Department", "MemberRemoved", $"{member.DepartmentKey}: {member.UserId}");
        return true;
    }
}
