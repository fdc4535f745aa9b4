using Microsoft.EntityFrameworkCore;
using Participation.Data;
using Participation.Moderation.Models;

namespace Participation.Moderation.Services;

public sealed class BanService(IDataSession session, TimeProvider clock) : IBanService
{
    public async Task<BanInfo?> GetActiveBanAsync(string userId)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var ban = await session.Set<Ban>().AsNoTracking()
            .Where(b => b.UserId == userId && b.LiftedUtc == null && (b.EndsUtc == null || b.EndsUtc > now))
            .OrderByDescending(b => b.EndsUtc == null).ThenByDescending(b => b.EndsUtc).FirstOrDefaultAsync();
        return ban is null ? null : new BanInfo(ban.Reason, ban.EndsUtc, ban.Note);
    }
}
