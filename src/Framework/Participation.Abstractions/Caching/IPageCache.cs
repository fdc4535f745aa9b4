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

    /// <summary>Forgets every cached page carrying one of the tags; call it after the change is saved.</summary>
    Task EvictAsync(params string[] tags);
}
