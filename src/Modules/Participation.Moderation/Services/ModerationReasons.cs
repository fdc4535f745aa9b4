using Microsoft.EntityFrameworkCore;
using Participation.Caching;
using Participation.Data;
using Participation.Moderation.Models;

namespace Participation.Moderation.Services;

/// <summary>
/// The reasons a comment may be hidden for. Every page with comments and the report form read
/// them, so they are kept in <see cref="IDataCache"/>; this module's writers forget them when
/// they change one.
/// </summary>
public sealed class ModerationReasons(IDataSession session, IDataCache cache) : IModerationReasons
{
    private const string CacheKey = "moderation-reasons";

    public async Task<IReadOnlyList<HideReason>> ListAsync(bool activeOnly = true)
    {
        var all = await cache.GetOrReadAsync<IReadOnlyList<HideReason>>(CacheKey, async () => await session.Set<ModerationReason>().AsNoTracking()
            .OrderBy(r => r.Position).Select(r => new HideReason(r.Key, r.NameAr, r.NameEn, r.IsActive)).ToListAsync());
        return activeOnly ? [.. all.Where(r => r.IsActive)] : all;
    }

    /// <summary>Called after a change to the reasons is saved, so every request reads them anew.</summary>
    internal void Forget() => cache.Evict(CacheKey);
}
