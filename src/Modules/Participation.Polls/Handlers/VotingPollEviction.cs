using Participation.Caching;
using Participation.ContentManagement;
using Participation.Polls.Services;

namespace Participation.Polls.Handlers;

/// <summary>Forgets a poll's <see cref="VotingPolls"/> entry whenever its public version changes.</summary>
internal sealed class VotingPollEviction(IDataCache cache) : IContentHandler
{
    public Task PublicVersionChangedAsync(ContentItem item)
    {
        if (item.ContentType == ContentTypes.Poll) cache.Evict(VotingPolls.Key(item.ContentItemId));
        return Task.CompletedTask;
    }
}
