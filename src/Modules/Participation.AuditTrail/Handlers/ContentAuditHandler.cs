using Participation.ContentManagement;

namespace Participation.AuditTrail.Handlers;

/// <summary>An audit entry for each change to a content item.</summary>
public sealed class ContentAuditHandler(IAuditTrail auditTrail) : IContentHandler
{
    public Task CreatedAsync(ContentItem item) => Record(item, "Created");
    public Task UpdatedAsync(ContentItem item) => Record(item, item.Published ? "Saved" : "DraftSaved");
    public Task PublishedAsync(ContentItem item) => Record(item, "Published");
    public Task UnpublishedAsync(ContentItem item) => Record(item, "Unpublished");
    public Task RemovedAsync(ContentItem item) => Record(item, "Removed");

    public Task StageChangedAsync(ContentItem item, string from, string to, string trigger)
        => auditTrail.RecordAsync("Content", "StageChanged", $"{from} → {to}", AuditSubject.Of(item, withVersion: false));

    private Task Record(ContentItem item, string name) => auditTrail.RecordAsync("Content", name, subject: AuditSubject.Of(item));
}
