using Participation.ContentManagement;

namespace Participation.Caching;

/// <summary>
/// Evicts the pages that show an item, list its type or gather all content, the moment the
/// public version changes: published, unpublished, updated live, removed, or moved stage.
/// </summary>
internal sealed class ContentPageEviction(IPageCache pages) : IContentHandler
{
    public Task PublishedAsync(ContentItem item) => EvictAsync(item);
    public Task UnpublishedAsync(ContentItem item) => EvictAsync(item);
    public Task RemovedAsync(ContentItem item) => EvictAsync(item);
    public Task StageChangedAsync(ContentItem item, string from, string to, string trigger) => EvictAsync(item);

    // A saved draft changes nothing the public sees; a type without drafts saves its live version.
    public Task UpdatedAsync(ContentItem item) => item.Published ? EvictAsync(item) : Task.CompletedTask;

    private Task EvictAsync(ContentItem item)
        => pages.EvictAsync(CacheTags.ContentItem(item.ContentItemId), CacheTags.ContentType(item.ContentType), CacheTags.AllContent);
}
