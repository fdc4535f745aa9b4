using Participation.ContentManagement;
using Participation.Consultations.Services;

namespace Participation.Consultations.Handlers;

/// <summary>When a consultation is archived, its report (HTML and PDF) is produced and stored with the archive.</summary>
public sealed class ArchiveReportHandler(ArchiveReportBuilder builder, ArchiveReportPdf pdf) : IContentHandler
{
    public async Task StageChangedAsync(ContentItem item, string from, string to, string trigger)
    {
        if (item.ContentType != ContentTypes.Consultation || to != ConsultationLifecycle.Archived) return;
        await pdf.StoreAsync(item.ContentItemId, await builder.BuildAsync(item));
    }
}
