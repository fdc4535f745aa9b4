using Microsoft.EntityFrameworkCore;
using Participation.Caching;
using Participation.Data;
using Participation.Ideas.Models;

namespace Participation.Ideas.Services;

/// <summary>One step of an idea's timeline as its page shows it (shared between requests: a record, never changed).</summary>
public sealed record TimelineStep(string Status, string? CustomStatus, string? Note, DateTime CreatedUtc);

/// <summary>
/// An idea's status steps, every one of them (the author also sees the review it waited for and a
/// refusal: <see cref="TimelineFragment"/>), kept in the data cache per idea: one indexed read a
/// minute, so its page's timeline costs no query per reader. Whatever adds a step forgets the
/// idea's steps once it is saved (in its transaction, forgotten again when that ends): submission,
/// an edit, review, study, the official answer, a merge, a withdrawal, an idea indexed as published.
/// </summary>
public sealed class IdeaTimelines(IDataCache cache, IDataSession session)
{
    /// <summary>As many steps as a page shows.</summary>
    public const int Most = 100;

    private static string Key(string ideaId) => "ideas:timeline:" + ideaId;

    public Task<IReadOnlyList<TimelineStep>> StepsAsync(string ideaId)
        => cache.GetOrReadAsync<IReadOnlyList<TimelineStep>>(Key(ideaId), async () => await session.Set<IdeaStatusChange>().AsNoTracking()
            .Where(c => c.IdeaId == ideaId).OrderBy(c => c.CreatedUtc).ThenBy(c => c.Id).Take(Most)
            .Select(c => new TimelineStep(c.Status, c.CustomStatus, c.Note, c.CreatedUtc)).ToListAsync());

    /// <summary>After a step of the idea was added and saved.</summary>
    public void Forget(string ideaId) => cache.Evict(Key(ideaId));
}
