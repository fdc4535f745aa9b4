using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;

namespace Participation.Caching;

/// <summary>Tags go on this request's output cache entry; evictions go to the framework's store.</summary>
internal sealed class PageCache(IHttpContextAccessor http, IOutputCacheStore store, IOptions<PublicPageOptions> options) : IPageCache
{
    /// <summary>Apart from the pages' keys (a method and a path).</summary>
    private const string DataKeyPrefix = "page-data:";

    private HashSet<string>? _evictedInThisRequest;

    private OutputCacheContext? Current => http.HttpContext?.Features.Get<IOutputCacheFeature>()?.Context;

    public void Tag(string tag) => Current?.Tags.Add(tag);

    public void KeepPersonal()
    {
        if (http.HttpContext?.Features.Get<PageTemplateFeature>() is { } template) template.Shareable = false;
        if (Current is { } context) context.AllowCacheStorage = false;
    }

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

    public async Task<T> GetOrReadAsync<T>(string key, IEnumerable<string> tags, Func<Task<T>> read)
    {
        if (await store.GetAsync(DataKeyPrefix + key, CancellationToken.None) is { } kept) return JsonSerializer.Deserialize<T>(kept)!;
        var value = await read();
        await store.SetAsync(DataKeyPrefix + key, JsonSerializer.SerializeToUtf8Bytes(value), [.. tags.Append(CacheTags.Site).Distinct()],
            TimeSpan.FromSeconds(options.Value.PageSeconds), CancellationToken.None);
        return value;
    }
}
