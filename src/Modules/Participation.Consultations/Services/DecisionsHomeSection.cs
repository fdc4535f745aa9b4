using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Participation.ContentManagement;
using Participation.ContentManagement.Display;
using Participation.Consultations.ViewModels;
using Participation.Home;

namespace Participation.Consultations.Services;

/// <summary>The home page's "decided recently": the latest consultations whose decision is published.</summary>
public sealed class DecisionsHomeSection(IContentManager contentManager, TimeProvider clock) : IHomeSection
{
    private const int Shown = 3;

    public async Task<ShapeResult?> BuildAsync()
    {
        var latest = await contentManager.Query()
            .Where(x => x.ContentType == ContentTypes.Consultation && (x.Stage == ConsultationLifecycle.Decided || x.Stage == ConsultationLifecycle.Archived))
            .OrderByDescending(x => x.ModifiedUtc).Take(Shown * 3).ToListAsync();
        var items = ContentItemCultures.OnePerLanguageSet(latest, CultureInfo.CurrentUICulture.TwoLetterISOLanguageName).Take(Shown).ToList();
        return items.Count == 0 ? null : new ShapeResult("HomeConsultations", new HomeConsultationsViewModel { Items = items, NowUtc = clock.GetUtcNow().UtcDateTime, Decided = true })
        {
            Zone = HomeZones.Outcomes, Position = "1",
        };
    }
}
