using Participation.Text;
using Microsoft.EntityFrameworkCore;
using Participation.Data;
using Participation.Moderation.Models;
using Participation.Moderation.Screening;

namespace Participation.Moderation.Services;

/// <summary>Runs every screening rule over a contribution and masks personal data when the site does.</summary>
public sealed class ContentScreener(IDataSession session, IModerationSettingsStore settingsStore, TimeProvider clock) : IContentScreener
{
    public async Task<ScreeningResult> ScreenAsync(string text, string? authorId, string contentItemId, IReadOnlyList<RecentContribution> recentByAuthor)
    {
        var settings = await settingsStore.GetAsync();
        var now = clock.GetUtcNow().UtcDateTime;
        var lexicon = await session.Set<LexiconTerm>().Select(t => t.Term).ToListAsync();
        var recent = recentByAuthor.Select(c => (ArabicNormalizer.Normalize(c.Text), c.CreatedUtc)).ToList();
        var input = new ScreeningInput { Text = text, AuthorId = authorId, ContentItemId = contentItemId, RecentByAuthor = recent, NowUtc = now };
        IScreeningRule[] rules =
        [
            new OffensiveLanguageRule(lexicon), new PersonalDataRule(), new LinkRule(), new DuplicateRule(),
            new BurstRule(settings.BurstLimit, TimeSpan.FromMinutes(settings.BurstMinutes)),
        ];
        var flags = rules.SelectMany(r => r.Check(input)).ToList();
        var mask = settings.MaskPersonalData && flags.Any(f => f.Rule == "PersonalData");
        return new ScreeningResult(flags, mask ? PersonalDataRule.Mask(text) : text) { Masked = mask };
    }
}

public sealed class ModerationSettingsStore(ISiteDocuments documents) : IModerationSettingsStore
{
    private const string DocumentType = "Participation.Moderation.Settings";

    public async Task<ModerationSettings> GetAsync() => await documents.LoadAsync<ModerationSettings>(DocumentType) ?? new ModerationSettings();

    public Task SaveAsync(ModerationSettings settings) => documents.SaveAsync(DocumentType, settings);
}

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
