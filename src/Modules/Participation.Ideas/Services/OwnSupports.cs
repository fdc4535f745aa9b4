using Microsoft.EntityFrameworkCore;
using Participation.Data;
using Participation.Ideas.Models;

namespace Participation.Ideas.Services;

/// <summary>
/// The ideas a signed-in person supports in a topic, read once per request (one indexed query on
/// the topic and the person) for every block of the page that shows them: each card's support
/// button (<see cref="SupportFragment"/>) and the supports left (<see cref="SupportsLeftFragment"/>),
/// whether the page is filled from its shared template or rendered for the person alone. Read from
/// the supports themselves, never from a cache, so "you support this idea" is never shown wrongly.
/// </summary>
public sealed class OwnSupports(IDataSession session)
{
    private readonly Dictionary<(string TopicId, string UserId), IReadOnlySet<string>> _read = [];

    public async Task<IReadOnlySet<string>> InTopicAsync(string topicId, string userId)
    {
        if (_read.TryGetValue((topicId, userId), out var ideas)) return ideas;
        ideas = (await session.Set<IdeaSupport>().AsNoTracking().Where(s => s.TopicId == topicId && s.UserId == userId).Select(s => s.IdeaId).ToListAsync()).ToHashSet();
        _read[(topicId, userId)] = ideas;
        return ideas;
    }
}
