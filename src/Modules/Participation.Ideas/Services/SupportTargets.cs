using Microsoft.EntityFrameworkCore;
using Participation.Caching;
using Participation.ContentManagement;
using Participation.Data;
using Participation.Ideas.Models;

namespace Participation.Ideas.Services;

/// <summary>
/// What a support is checked against before it is queued: the idea's topic and author, and the
/// published topic's stage and rules. The idea's status is not here: it moves in many places
/// (review, study, merge, withdrawal), so <see cref="SupportWriter"/> checks it on the idea's row
/// in the write's own transaction. The topic part is shared between requests: read it, never change it.
/// </summary>
public sealed record SupportTarget(string IdeaId, string TopicId, string? AuthorId, string TopicStage, IdeaTopicPart Topic);

/// <summary>
/// The <see cref="SupportTarget"/> of an idea from <see cref="IDataCache"/>, as Polls' <c>VotingPolls</c>
/// keeps a poll: a crowd supporting reads the idea's row and the topic's item once, not once per
/// support. An idea's topic and author never change, so its entry is forgotten only when the idea
/// is published or removed; the topic's is forgotten by <see cref="Handlers.SupportTargetEviction"/>
/// whenever its public version or stage changes, so the next support is checked against the new
/// rules. Its end date is checked against the clock on every support, whatever is cached.
/// </summary>
public sealed class SupportTargets(IDataSession session, IContentManager contentManager, IDataCache cache)
{
    public static string IdeaKey(string ideaId) => "ideas:supporting:idea:" + ideaId;

    public static string TopicKey(string topicId) => "ideas:supporting:topic:" + topicId;

    /// <summary>The idea's target, or null when there is no such idea or its topic is not published.</summary>
    public async Task<SupportTarget?> GetAsync(string ideaId)
    {
        var idea = await cache.GetOrReadAsync(IdeaKey(ideaId), () => session.Set<IdeaIndex>().AsNoTracking()
            .Where(x => x.ContentItemId == ideaId).Select(x => new IdeaFacts(x.TopicId, x.AuthorId)).FirstOrDefaultAsync());
        if (idea is null) return null;
        var topic = await TopicAsync(idea.TopicId);
        return topic is null ? null : new SupportTarget(ideaId, idea.TopicId, idea.AuthorId, topic.Value.Stage, topic.Value.Part);
    }

    /// <summary>The published topic's stage and rules (shared: read them, never change them), or null when there is no such topic.</summary>
    public async Task<(string Stage, IdeaTopicPart Part)?> TopicAsync(string topicId)
    {
        var topic = await cache.GetOrReadAsync(TopicKey(topicId), async () =>
        {
            var item = await contentManager.GetAsync(topicId);
            return item is null || item.ContentType != ContentTypes.IdeaTopic ? null : new TopicFacts(item.Stage ?? "", item.As<IdeaTopicPart>());
        });
        return topic is null ? null : (topic.Stage, topic.Part);
    }

    private sealed record IdeaFacts(string TopicId, string? AuthorId);

    private sealed record TopicFacts(string Stage, IdeaTopicPart Part);
}
