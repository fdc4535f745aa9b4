using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Participation.Data;

namespace Participation.Security;

/// <summary>
/// The permission names granted to each role, read from Identity's role claims and cached
/// until a role changes (the roles page and the Roles recipe step call <see cref="Invalidate"/>).
/// </summary>
public sealed class RolePermissionStore(ParticipationDbContext db, IMemoryCache cache) : IRolePermissions
{
    private const string CacheKey = "Participation.RolePermissions";

    public async Task<IReadOnlyDictionary<string, HashSet<string>>> GetAsync()
    {
        if (cache.TryGetValue(CacheKey, out IReadOnlyDictionary<string, HashSet<string>>? cached) && cached is not null) return cached;
        var rows = await (from claim in db.RoleClaims
                          join role in db.Roles on claim.RoleId equals role.Id
                          where claim.ClaimType == Permission.ClaimType
                          select new { role.NormalizedName, claim.ClaimValue }).ToListAsync();
        var map = rows
            .GroupBy(r => r.NormalizedName ?? "")
            .ToDictionary(g => g.Key, g => g.Select(r => r.ClaimValue ?? "").ToHashSet(StringComparer.Ordinal), StringComparer.OrdinalIgnoreCase);
        cache.Set(CacheKey, (IReadOnlyDictionary<string, HashSet<string>>)map, TimeSpan.FromMinutes(10));
        return map;
    }

    public async Task<IReadOnlySet<string>> GetAsync(string roleName)
    {
        var all = await GetAsync();
        return all.TryGetValue(roleName.ToUpperInvariant(), out var names) ? names : new HashSet<string>();
    }

    public async Task SetAsync(string roleName, IEnumerable<string> permissionNames)
    {
        var normalized = roleName.ToUpperInvariant();
        var role = await db.Roles.FirstOrDefaultAsync(r => r.NormalizedName == normalized)
            ?? throw new InvalidOperationException($"Role '{roleName}' does not exist.");
        var existing = await db.RoleClaims.Where(c => c.RoleId == role.Id && c.ClaimType == Permission.ClaimType).ToListAsync();
        db.RoleClaims.RemoveRange(existing);
        foreach (var name in permissionNames.Distinct(StringComparer.Ordinal))
            db.RoleClaims.Add(new Microsoft.AspNetCore.Identity.IdentityRoleClaim<string> { RoleId = role.Id, ClaimType = Permission.ClaimType, ClaimValue = name });
        await db.SaveChangesAsync();
        Invalidate();
    }

    public void Invalidate() => cache.Remove(CacheKey);
}
