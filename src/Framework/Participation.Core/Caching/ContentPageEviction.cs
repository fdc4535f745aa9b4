using Participation.ContentManagement;

namespace Participation.Caching;

/// <summary>
/// Evicts the pages that show an item, list its type or gather all content, the moment the
/// public version changes (<see cref="IContentHandler.PublicVersionChangedAsync"/>).
/// </summary>
internal sealed class ContentPageEviction(IPageCache pages) : IContentHandler
{
    public Task PublicVersionChangedAsync(ContentItem item)
        => pages.EvictAsync(CacheTags.ContentItem(item.ContentItemId), CacheTags.ContentType(item.ContentType), CacheTags.AllContent);
}
