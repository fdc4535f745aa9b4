using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OutputCaching;

namespace Participation.Caching;

/// <summary>Tags go on this request's output cache entry; evictions go to the framework's store.</summary>
internal sealed class PageCache(IHttpContextAccessor http, IOutputCacheStore store) : IPageCache
{
    private HashSet<string>? _evictedInThisRequest;

    private OutputCacheContext? Current => http.HttpContext?.Features.Get<IOutputCacheFeature>()?.Context;

    public void Tag(string tag) => Current?.Tags.Add(tag);

    public void RefreshWithin(TimeSpan interval)
    {
        if (Current is { } context && !(context.ResponseExpirationTimeSpan <= interval)) context.ResponseExpirationTimeSpan = interval;
    }

    public async Task EvictAsync(params string[] tags)
    {
        foreach (var tag in tags) await store.EvictByTagAsync(tag, CancellationToken.None);
        // The change may sit in a transaction that commits later (a recipe): a page rendered from the
        // old data meanwhile is evicted again as this response starts, before the person asks for the next one.
        if (http.HttpContext?.Response is not { HasStarted: false } response) return;
        if (_evictedInThisRequest is null)
        {
            var evicted = _evictedInThisRequest = [];
            response.OnStarting(async () =>
            {
                foreach (var tag in evicted) await store.EvictByTagAsync(tag, CancellationToken.None);
            });
        }
        _evictedInThisRequest.UnionWith(tags);
    }
}
