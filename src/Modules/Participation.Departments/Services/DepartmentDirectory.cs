using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Participation.Caching;
using Participation.Data;
using Participation.Departments.Models;

namespace Participation.Departments.Services;

/// <summary>
/// Reads the departments for the other modules. Nearly every page shows or checks them, so the
/// list is kept in <see cref="IDataCache"/> (drivers, views and routing ask for it many times a
/// request); this module's writers forget it when they change it.
/// </summary>
public sealed class DepartmentDirectory(IDataSession session, IDataCache cache) : IDepartmentDirectory
{
    private const string CacheKey = "departments";
    private static string Culture => CultureInfo.CurrentUICulture.Name;

    public async Task<IReadOnlyList<Department>> ListAsync(bool activeOnly = true)
    {
        var all = await AllAsync();
        return activeOnly ? [.. all.Where(d => d.IsActive)] : all;
    }

    public async Task<Department?> GetAsync(string? key) => key is null ? null : (await AllAsync()).FirstOrDefault(d => d.Key == key);

    public async Task<string> NameOfAsync(string key) => (await ListAsync()).FirstOrDefault(d => d.Key == key)?.Name(Culture) ?? "";

    public async Task<IReadOnlyList<(string Key, string Name)>> OptionsAsync() => [.. (await ListAsync()).Select(d => (d.Key, d.Name(Culture)))];

    public async Task<IReadOnlyList<string>> DepartmentsOfMemberAsync(string? userId)
        => userId is null ? [] : await session.Set<DepartmentMemberRecord>().AsNoTracking().Where(m => m.UserId == userId).OrderBy(m => m.Id).Select(m => m.DepartmentKey).ToListAsync();

    public async Task<IReadOnlyList<DepartmentMember>> MembersAsync(string? departmentKey)
        => departmentKey is null ? [] : await session.Set<DepartmentMemberRecord>().AsNoTracking().Where(m => m.DepartmentKey == departmentKey).OrderBy(m => m.Id)
            .Select(m => new DepartmentMember(m.DepartmentKey, m.UserId, m.IsHead)).ToListAsync();

    /// <summary>Called after a change to the departments is saved, so every request reads it anew.</summary>
    internal void Forget() => cache.Evict(CacheKey);

    private Task<IReadOnlyList<Department>> AllAsync() => cache.GetOrReadAsync<IReadOnlyList<Department>>(CacheKey, async ()
        => await session.Set<DepartmentRecord>().AsNoTracking().OrderBy(d => d.Kind).ThenBy(d => d.NameAr)
            .Select(d => new Department { Key = d.Key, NameAr = d.NameAr, NameEn = d.NameEn, Email = d.Email, ParentKey = d.ParentKey, Kind = d.Kind, IsActive = d.IsActive }).ToListAsync());
}
