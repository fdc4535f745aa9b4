using Microsoft.EntityFrameworkCore;
using Participation.Caching;
using Participation.Data;
using Participation.Departments;
using Participation.Surveys.Models;
using Participation.Text;

namespace Participation.Surveys.Services;

/// <summary>
/// The services under evaluation: listed, added and renamed by staff and by recipes, with the same
/// rules. The list is read by every survey's analysis, editor and page, so it is kept in
/// <see cref="IDataCache"/> and evicted by <see cref="SaveAsync"/>; its records are shared: read them, never change them.
/// </summary>
public sealed class SurveyServiceCatalog(IDataSession session, IDepartmentDirectory departments, IDataCache cache)
{
    private const string Key = "surveys:services";

    /// <summary>Every service (or the active ones), by Arabic name.</summary>
    public async Task<IReadOnlyList<SurveyServiceRecord>> ListAsync(bool activeOnly = false)
    {
        var all = await cache.GetOrReadAsync<IReadOnlyList<SurveyServiceRecord>>(Key,
            async () => await session.Set<SurveyServiceRecord>().AsNoTracking().OrderBy(s => s.NameAr).ThenBy(s => s.Key).ToListAsync());
        return activeOnly ? [.. all.Where(s => s.IsActive)] : all;
    }

    /// <summary>Adds or updates the service with this key; the problem (field, English message) when refused.</summary>
    public async Task<(string Field, string Message)?> SaveAsync(string? key, string? nameAr, string? nameEn, string? departmentKey, bool isActive)
    {
        key = key?.Trim();
        if (!StableKey.IsValid(key) || key.Length > 64) return ("Key", "A service needs a key of lower-case Latin letters, digits and '-'.");
        if (string.IsNullOrWhiteSpace(nameAr) || string.IsNullOrWhiteSpace(nameEn)) return ("NameAr", "A service needs an Arabic and an English name.");
        if (nameAr.Trim().Length > 200 || nameEn.Trim().Length > 200) return ("NameAr", "A service's name has at most 200 characters.");
        if (await departments.GetAsync(departmentKey) is null) return ("DepartmentKey", "Choose the department that answers for the service.");
        var service = await session.Set<SurveyServiceRecord>().FirstOrDefaultAsync(s => s.Key == key);
        if (service is null) session.Set<SurveyServiceRecord>().Add(service = new SurveyServiceRecord { Key = key });
        service.NameAr = nameAr.Trim();
        service.NameEn = nameEn.Trim();
        service.DepartmentKey = departmentKey!;
        service.IsActive = isActive;
        await session.SaveChangesAsync();
        cache.Evict(Key);
        return null;
    }
}
