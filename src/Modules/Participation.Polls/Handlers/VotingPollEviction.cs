using Participation.Caching;
using Participation.ContentManagement;
using Participation.Polls.Services;

namespace Participation.Polls.Handlers;

/// <summary>Forgets a poll's <see cref="VotingPolls"/> entry whenever its public version changes.</summary>
internal sealed class VotingPollEviction(IDataCache cache) : IContentHandler
{
    public Task PublishedAsync(ContentItem item) => EvictAsync(item);
    public Task UnpublishedAsync(ContentItem item) => EvictAsync(item);
    public Task RemovedAsync(ContentItem item) => EvictAsync(item);
    public Task StageChangedAsync(ContentItem item, string from, string to, string trigger) => EvictAsync(item);

    // A saved draft changes nothing a ballot is checked against.
    public Task UpdatedAsync(ContentItem item) => item.Published ? EvictAsync(item) : Task.CompletedTask;

    private Task EvictAsync(ContentItem item)
    {
        if (item.ContentType == ContentTypes.Poll) cache.Evict(VotingPolls.Key(item.ContentItemId));
        return Task.CompletedTask;
    }
}
