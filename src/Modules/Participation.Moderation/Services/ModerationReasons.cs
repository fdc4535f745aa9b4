using Microsoft.EntityFrameworkCore;
using Participation.Data;
using Participation.Moderation.Models;

namespace Participation.Moderation.Services;

public sealed class ModerationReasons(IDataSession session) : IModerationReasons
{
    public async Task<IReadOnlyList<HideReason>> ListAsync(bool activeOnly = true)
        => await session.Set<ModerationReason>().AsNoTracking()
            .Where(r => !activeOnly || r.IsActive).OrderBy(r => r.Position)
            .Select(r => new HideReason(r.Key, r.NameAr, r.NameEn, r.IsActive)).ToListAsync();
}
