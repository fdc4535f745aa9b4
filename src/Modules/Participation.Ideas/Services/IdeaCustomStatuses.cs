using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Participation.Caching;
using Participation.Data;
using Participation.Ideas.Domain;
using Participation.Ideas.Models;
using Participation.Localization;

namespace Participation.Ideas.Services;

/// <summary>
/// The statuses the admin defines: read by every idea page through the data cache (never a
/// query per request), defined and deleted from the admin page, each change evicting the cache.
/// Only an unused status is deleted, so no page shows one that is gone.
/// </summary>
public sealed class IdeaCustomStatuses(IDataSession session, IDataCache cache, TimeProvider clock, IStringLocalizer<IdeaCustomStatuses> T)
{
    private const string CacheKey = "ideas:custom-statuses";

    /// <summary>The shipped statuses' names as the public pages show them, in both languages (and their keys), which a defined one may not repeat.</summary>
    private IReadOnlyList<string> ShippedNames()
    {
        var names = new List<string>(IdeaStatus.Listed);
        foreach (var culture in new[] { "ar", "en" })
            using (CultureScope.Use(culture))
                names.AddRange(IdeaStatus.Listed.Select(status => T["IdeaStatus" + status].Value));
        return names;
    }

    /// <summary>Every defined status, oldest first; a shared, read-only value.</summary>
    public Task<IdeaCustomStatusList> ListAsync()
        => cache.GetOrReadAsync(CacheKey, async () =>
            new IdeaCustomStatusList(await session.Set<IdeaCustomStatus>().AsNoTracking().OrderBy(x => x.CreatedUtc).ThenBy(x => x.Key).ToListAsync()));

    /// <param name="key">The status's key, given by a recipe (so its emails and filters can name it); new otherwise.</param>
    public async Task<(IdeaCustomStatus? Status, IdeaProblem? Problem)> DefineAsync(string? nameAr, string? nameEn, string? countsAs, string? key = null)
    {
        var existing = (await ListAsync()).All;
        if (key is not null && (key.Length is 0 or > IdeaCustomStatus.KeyMax || !key.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-')))
            return (null, new("A status's key is 1 to {0} lower-case letters, digits or hyphens.", IdeaCustomStatus.KeyMax));
        if (CustomStatusRules.Check(nameAr, nameEn, countsAs, IdeaAnswering.Decisions, [.. ShippedNames(), .. existing.Select(x => x.NameAr), .. existing.Select(x => x.NameEn)]) is { } problem)
            return (null, problem);
        var status = new IdeaCustomStatus { Key = key ?? "custom-" + Guid.NewGuid().ToString("N")[..12], NameAr = nameAr!.Trim(), NameEn = nameEn!.Trim(), CountsAs = countsAs!, CreatedUtc = clock.GetUtcNow().UtcDateTime };
        session.Set<IdeaCustomStatus>().Add(status);
        try { await session.SaveChangesAsync(); }
        catch (DbUpdateException)
        {
            // Another admin saved the same name meanwhile: the unique keys refused this one.
            session.Set<IdeaCustomStatus>().Entry(status).State = EntityState.Detached;
            return (null, new("A status with this name exists already: choose another name."));
        }
        cache.Evict(CacheKey);
        return (status, null);
    }

    public async Task<IdeaProblem?> DeleteAsync(string key)
    {
        var used = await session.Set<IdeaStatusChange>().Where(c => c.CustomStatus == key).Select(c => c.IdeaId).Distinct().CountAsync();
        if (CustomStatusRules.CanDelete(used) is { } problem) return problem;
        await session.Set<IdeaCustomStatus>().Where(x => x.Key == key).ExecuteDeleteAsync();
        cache.Evict(CacheKey);
        return null;
    }
}
