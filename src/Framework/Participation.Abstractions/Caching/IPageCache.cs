namespace Participation.Caching;

/// <summary>
/// The output cache of public pages as modules see it: tag the page being rendered with what it
/// shows, and evict by tag the moment that changes. The store behind it is the framework's
/// <c>IOutputCacheStore</c> (in memory on one server).
/// </summary>
public interface IPageCache
{
    /// <summary>The page being rendered shows this (no effect on a page that is not cached).</summary>
    void Tag(string tag);

    /// <summary>The page shows counts that move on their own (votes): keep it at most this long.</summary>
    void RefreshWithin(TimeSpan interval);

    /// <summary>
    /// The page being rendered shows something for this person only (a notice, their own state):
    /// it is not kept as a template for other signed-in people (<see cref="SharedTemplateAttribute"/>),
    /// nor by the output cache for other visitors.
    /// </summary>
    void KeepPersonal();

    /// <summary>Forgets every cached page carrying one of the tags; call it after the change is saved.</summary>
    Task EvictAsync(params string[] tags);

    /// <summary>
    /// What a public page shows, for the readers the page itself is not cached for (signed-in
    /// people): kept as JSON in the pages' store under <paramref name="key"/> with the page's
    /// <paramref name="tags"/> (and <see cref="CacheTags.Site"/>), so whatever evicts the page
    /// evicts it too, on every node; at most as long as a page. Public values only, never a person's.
    /// </summary>
    Task<T> GetOrReadAsync<T>(string key, IEnumerable<string> tags, Func<Task<T>> read);
}
