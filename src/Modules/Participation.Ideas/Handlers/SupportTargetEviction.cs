using Participation.Caching;
using Participation.ContentManagement;
using Participation.Ideas.Services;

namespace Participation.Ideas.Handlers;

/// <summary>Forgets a topic's or an idea's <see cref="SupportTargets"/> entry whenever its public version changes (a stage move included).</summary>
internal sealed class SupportTargetEviction(IDataCache cache) : IContentHandler
{
    public Task PublicVersionChangedAsync(ContentItem item)
    {
        if (item.ContentType == ContentTypes.IdeaTopic) cache.Evict(SupportTargets.TopicKey(item.ContentItemId));
        else if (item.ContentType == ContentTypes.Idea) cache.Evict(SupportTargets.IdeaKey(item.ContentItemId));
        return Task.CompletedTask;
    }
}
