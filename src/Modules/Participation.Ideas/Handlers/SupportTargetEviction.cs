using Participation.Caching;
using Participation.ContentManagement;
using Participation.Ideas.Services;

namespace Participation.Ideas.Handlers;

/// <summary>Forgets a topic's <see cref="SupportTargets"/> entry whenever its public version or stage changes, and an idea's when it is published or removed.</summary>
internal sealed class SupportTargetEviction(IDataCache cache) : IContentHandler
{
    public Task PublishedAsync(ContentItem item) => EvictAsync(item);
    public Task UnpublishedAsync(ContentItem item) => EvictAsync(item);
    public Task RemovedAsync(ContentItem item) => EvictAsync(item);
    public Task StageChangedAsync(ContentItem item, string from, string to, string trigger) => EvictAsync(item);

    // A saved draft changes nothing a support is checked against.
    public Task UpdatedAsync(ContentItem item) => item.Published ? EvictAsync(item) : Task.CompletedTask;

    private Task EvictAsync(ContentItem item)
    {
        if (item.ContentType == ContentTypes.IdeaTopic) cache.Evict(SupportTargets.TopicKey(item.ContentItemId));
        else if (item.ContentType == ContentTypes.Idea) cache.Evict(SupportTargets.IdeaKey(item.ContentItemId));
        return Task.CompletedTask;
    }
}
