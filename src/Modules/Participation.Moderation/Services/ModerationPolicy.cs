using Participation.Text;
using Microsoft.EntityFrameworkCore;
using Participation.AuditTrail;
using Participation.Data;
using Participation.Moderation.Models;

namespace Participation.Moderation.Services;

/// <summary>The policy moderators work by: hide reasons, the lexicon, the site's settings.</summary>
public sealed class ModerationPolicy(IDataSession session, ModerationReasons reasons, IAuditTrail audit, TimeProvider clock)
{
    public async Task<IReadOnlyList<ModerationReason>> ReasonsAsync() => await session.Set<ModerationReason>().AsNoTracking().OrderBy(r => r.Position).ToListAsync();

    public async Task<string> LexiconAsync() => string.Join("\n", await session.Set<LexiconTerm>().OrderBy(t => t.Term).Select(t => t.Term).ToListAsync());

    /// <summary>Saves a reason's names (a new one with its own key); false when a new key is malformed or taken.</summary>
    public async Task<bool> SaveReasonAsync(long? id, string? key, string nameAr, string nameEn, bool isActive)
    {
        var reason = id is null ? null : await session.Set<ModerationReason>().FirstOrDefaultAsync(r => r.Id == id);
        if (reason is null)
        {
            if (!StableKey.IsValid(key) || await session.Set<ModerationReason>().AnyAsync(r => r.Key == key)) return false;
            session.Set<ModerationReason>().Add(reason = new ModerationReason { Key = key!, Position = await session.Set<ModerationReason>().CountAsync() });
        }
        reason.NameAr = nameAr.Trim();
        reason.NameEn = nameEn.Trim();
        reason.IsActive = id is null || isActive;
        await session.SaveChangesAsync();
        reasons.Forget();
        return true;
    }

    /// <summary>Replaces the lexicon with these terms (one a line, at most 100 characters each).</summary>
    public async Task SaveLexiconAsync(string? terms)
    {
        var wanted = (terms ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Where(t => t.Length <= 100).ToHashSet();
        var existing = await session.Set<LexiconTerm>().ToListAsync();
        session.Set<LexiconTerm>().RemoveRange(existing.Where(t => !wanted.Contains(t.Term)));
        foreach (var term in wanted.Except(existing.Select(t => t.Term))) session.Set<LexiconTerm>().Add(new LexiconTerm { Term = term, CreatedUtc = clock.GetUtcNow().UtcDateTime });
        await session.SaveChangesAsync();
        await audit.RecordAsync("Moderation", "LexiconChanged", $"{wanted.Count}");
    }
}
