using Participation.Caching;
using Participation.ContentManagement;
using Participation.ContentManagement.Models;
using Participation.Polls.Models;

namespace Participation.Polls.Services;

/// <summary>What a ballot is checked against: the published poll's stage and rules, and where its page is; with its question, all a reader's block of the poll needs.</summary>
public sealed record VotingPoll(string ContentItemId, string Path, string Stage, PollPart Part, string Question);

/// <summary>
/// The published poll as a vote needs it, kept in <see cref="IDataCache"/>: a crowd voting reads
/// and parses the poll once, not once per ballot (the read and the JSON of the whole item were a
/// large share of a vote's CPU). <see cref="Handlers.VotingPollEviction"/> forgets it the moment the public
/// version changes — edited, opened, closed, archived, unpublished, removed — in this request and
/// again when its transaction ends, so the next ballot is checked against the new version; the
/// poll's end date is checked against the clock on every ballot, whatever is cached. The part is
/// shared between requests: read it, never change it.
/// </summary>
public sealed class VotingPolls(IContentManager contentManager, IDataCache cache)
{
    private const string KeyPrefix = "polls:voting:";

    public static string Key(string pollId) => KeyPrefix + pollId;

    /// <summary>The published poll, or null when there is none by that id.</summary>
    public Task<VotingPoll?> GetAsync(string pollId) => cache.GetOrReadAsync(Key(pollId), async () =>
    {
        var item = await contentManager.GetAsync(pollId);
        return item is null || item.ContentType != ContentTypes.Poll
            ? null
            : Of(item);
    });

    /// <summary>The published polls of a list (a page's blocks), in order, null where there is none: those not kept are read in one query.</summary>
    public Task<IReadOnlyList<VotingPoll?>> GetAllAsync(IReadOnlyList<string> pollIds)
        => cache.GetOrReadManyAsync<VotingPoll>([.. pollIds.Select(Key)], keys => PublishedAsync([.. keys.Select(k => k[KeyPrefix.Length..])]));

    /// <summary>The published polls among <paramref name="ids"/> by cache key; an id with none is absent, kept as null.</summary>
    private async Task<IReadOnlyDictionary<string, VotingPoll>> PublishedAsync(List<string> ids)
        => (await contentManager.GetPublishedAsync(ids)).Where(x => x.ContentType == ContentTypes.Poll).ToDictionary(x => Key(x.ContentItemId), Of);

    public static VotingPoll Of(ContentItem item) => new(item.ContentItemId, item.As<AutoroutePart>().Path, item.Stage ?? "", item.As<PollPart>(), item.As<TitlePart>().Title);
}
