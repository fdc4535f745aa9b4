using Participation.ContentManagement;
using Participation.Consultations.Services;

namespace Participation.Consultations.Handlers;

/// <summary>Keeps the list's index tables and the search index on the published version of each consultation.</summary>
public sealed class ConsultationIndexHandler(ConsultationIndexer indexer) : IContentHandler
{
    public Task PublishedAsync(ContentItem item) => IsConsultation(item) ? indexer.IndexAsync(item) : Task.CompletedTask;

    /// <summary>Saving the live version itself (a type without drafts, a recipe) changes what the list shows.</summary>
    public Task UpdatedAsync(ContentItem item) => IsConsultation(item) && item.Published ? indexer.IndexAsync(item) : Task.CompletedTask;

    public Task UnpublishedAsync(ContentItem item) => IsConsultation(item) ? indexer.RemoveAsync(item.ContentItemId) : Task.CompletedTask;

    public Task RemovedAsync(ContentItem item) => IsConsultation(item) ? indexer.RemoveAsync(item.ContentItemId) : Task.CompletedTask;

    public Task StageChangedAsync(ContentItem item, string from, string to, string trigger)
        => IsConsultation(item) ? indexer.MoveAsync(item.ContentItemId, to) : Task.CompletedTask;

    private static bool IsConsultation(ContentItem item) => item.ContentType == ContentTypes.Consultation;
}
