using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.Extensions.Caching.Distributed;

namespace Participation.Mvc;

/// <summary>
/// Drafts in the distributed cache (in memory on one server) for half an hour, found through an
/// unguessable id in the person's TempData.
/// </summary>
public sealed class DraftStore(IDistributedCache cache, IHttpContextAccessor http, ITempDataDictionaryFactory tempDataFactory) : IDraftStore
{
    private static readonly DistributedCacheEntryOptions Lifetime = new() { AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(30) };

    private ITempDataDictionary TempData => tempDataFactory.GetTempData(http.HttpContext ?? throw new InvalidOperationException("Drafts belong to a request."));

    public async Task KeepAsync(string key, string? text)
    {
        if (string.IsNullOrEmpty(text)) return;
        var id = Guid.NewGuid().ToString("N");
        await cache.SetStringAsync(CacheKey(id), text.Length > IDraftStore.MaxLength ? text[..IDraftStore.MaxLength] : text, Lifetime);
        TempData[key] = id;
    }

    public Task<string?> PeekAsync(string key) => FindAsync(TempData.Peek(key));

    public Task<string?> TakeAsync(string key) => FindAsync(TempData[key]);

    private async Task<string?> FindAsync(object? id) => id is string { Length: 32 } found ? await cache.GetStringAsync(CacheKey(found)) : null;

    private static string CacheKey(string id) => "draft:" + id;
}
