using System.Globalization;
using Participation.ContentManagement.Display;
using Participation.Consultations.ViewModels;
using Participation.Home;

namespace Participation.Consultations.Services;

/// <summary>The home page's "open now": consultations collecting contributions, the soonest to close first, with the time left.</summary>
public sealed class OpenConsultationsHomeSection(ConsultationList list, TimeProvider clock) : IHomeSection
{
    private const int Shown = 4;

    public async Task<ShapeResult?> BuildAsync()
    {
        // The public list's first page of open consultations: already one per language set, the soonest to close first
        // (taking the latest published and sorting those missed an older one closing sooner).
        var page = await list.ReadAsync(new ConsultationListRequest(ConsultationLifecycle.Open, null, null, null, null, Shown), CultureInfo.CurrentUICulture.TwoLetterISOLanguageName);
        var items = page.Items;
        return items.Count == 0 ? null : new ShapeResult("HomeConsultations", new HomeConsultationsViewModel { Items = items, NowUtc = clock.GetUtcNow().UtcDateTime, Decided = false })
        {
            Zone = HomeZones.Open, Position = "1",
        };
    }
}
