using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Participation.ContentManagement;
using Participation.ContentManagement.Display;
using Participation.Consultations.Models;
using Participation.Consultations.ViewModels;
using Participation.Home;

namespace Participation.Consultations.Services;

/// <summary>The home page's "open now": consultations collecting contributions, the soonest to close first, with the time left.</summary>
public sealed class OpenConsultationsHomeSection(IContentManager contentManager, TimeProvider clock) : IHomeSection
{
    private const int Shown = 4;

    public async Task<ShapeResult?> BuildAsync()
    {
        // A few of the latest, each language version counted, then one per consultation.
        var latest = await contentManager.Query()
            .Where(x => x.ContentType == ContentTypes.Consultation && x.Stage == ConsultationLifecycle.Open)
            .OrderByDescending(x => x.PublishedUtc).Take(Shown * 3).ToListAsync();
        var items = ContentItemCultures.OnePerLanguageSet(latest, CultureInfo.CurrentUICulture.TwoLetterISOLanguageName)
            .OrderBy(x => x.As<ConsultationPart>().ClosesUtc ?? DateTime.MaxValue).Take(Shown).ToList();
        return items.Count == 0 ? null : new ShapeResult("HomeConsultations", new HomeConsultationsViewModel { Items = items, NowUtc = clock.GetUtcNow().UtcDateTime, Decided = false })
        {
            Zone = HomeZones.Open, Position = "1",
        };
    }
}
