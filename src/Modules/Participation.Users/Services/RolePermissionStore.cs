using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Participation.Caching;
using Participation.Data;
using Participation.Security;

namespace Participation.Users.Services;

/// <summary>
/// The permission names granted to each role, kept as Identity role claims and in
/// <see cref="IDataCache"/> (every authorization asks) until <see cref="SetAsync"/> changes a role.
/// A change evicts every cached page too: the pages signed-in people share per role set show the
/// menu entries their roles permit.
/// </summary>
public sealed class RolePermissionStore(IDataSession session, IDataCache cache, IPageCache pages) : IRolePermissions
{
    private const string CacheKey = "role-permissions";

    public async Task<IReadOnlySet<string>> GetAsync(string roleName)
    {
        var all = await GetAllAsync();
        return all.TryGetValue(roleName.ToUpperInvariant(), out var names) ? names : new HashSet<string>();
    }

    public async Task SetAsync(string roleName, IEnumerable<string> permissionNames)
    {
        var normalized = roleName.ToUpperInvariant();
        var role = await session.Set<ParticipationRole>().FirstOrDefaultAsync(r => r.NormalizedName == normalized)
            ?? throw new InvalidOperationException($"Role '{roleName}' does not exist.");
        var claims = session.Set<IdentityRoleClaim<string>>();
        claims.RemoveRange(await claims.Where(c => c.RoleId == role.Id && c.ClaimType == Permission.ClaimType).ToListAsync());
        foreach (var name in permissionNames.Distinct(StringComparer.Ordinal))
            claims.Add(new IdentityRoleClaim<string> { RoleId = role.Id, ClaimType = Permission.ClaimType, ClaimValue = name });
        await session.SaveChangesAsync();
        cache.Evict(CacheKey);
        await pages.EvictAsync(CacheTags.Site);
    }

    private Task<IReadOnlyDictionary<string, HashSet<string>>> GetAllAsync() => cache.GetOrReadAsync<IReadOnlyDictionary<string, HashSet<string>>>(CacheKey, async () =>
    {
        var rows = await (from claim in session.Set<IdentityRoleClaim<string>>()
                          join role in session.Set<ParticipationRole>() on claim.RoleId equals role.Id
                          where claim.ClaimType == Permission.ClaimType
                          select new { role.NormalizedName, claim.ClaimValue }).ToListAsync();
        return rows
            .GroupBy(r => r.NormalizedName ?? "")
            .ToDictionary(g => g.Key, g => g.Select(r => r.ClaimValue ?? "").ToHashSet(StringComparer.Ordinal), StringComparer.OrdinalIgnoreCase);
    });
}
