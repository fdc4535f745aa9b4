using Participation.Text;
using Microsoft.EntityFrameworkCore;
using Participation.Data;
using Participation.Moderation.Models;
using Participation.Moderation.Screening;

namespace Participation.Moderation.Services;

/// <summary>Runs every screening rule over a contribution and masks personal data when the site does.</summary>
public sealed class ContentScreener(IDataSession session, IModerationSettingsStore settingsStore, IPersonalDataDetector personalData, TimeProvider clock) : IContentScreener
{
    public async Task<ScreeningResult> ScreenAsync(string text, string? authorId, string contentItemId, IReadOnlyList<RecentContribution> recentByAuthor)
    {
        var settings = await settingsStore.GetAsync();
        var now = clock.GetUtcNow().UtcDateTime;
        var lexicon = await session.Set<LexiconTerm>().Select(t => t.Term).ToListAsync();
        var recent = recentByAuthor.Select(c => (ArabicNormalizer.Normalize(c.Text), c.CreatedUtc)).ToList();
        var input = new ScreeningInput { Text = text, AuthorId = authorId, ContentItemId = contentItemId, RecentByAuthor = recent, NowUtc = now };
        var personalDataRule = new PersonalDataRule(personalData);
        IScreeningRule[] rules =
        [
            new OffensiveLanguageRule(lexicon), personalDataRule, new LinkRule(), new DuplicateRule(),
            new BurstRule(settings.BurstLimit, TimeSpan.FromMinutes(settings.BurstMinutes)),
        ];
        var flags = rules.SelectMany(r => r.Check(input)).ToList();
        var mask = settings.MaskPersonalData && flags.Any(f => f.Rule == "PersonalData");
        return new ScreeningResult(flags, mask ? personalDataRule.Mask(text) : text) { Masked = mask };
    }
}
