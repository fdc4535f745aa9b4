using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Logging;
using Participation.Caching;
using StackExchange.Redis;

namespace Participation.Cluster;

/// <summary>
/// The output cache in Redis, shared by every node, so a tag evicted on one is gone for all.
/// While Redis is unreachable pages are rendered from the database (nothing is served or stored);
/// when it is back every page is evicted, since evictions made meanwhile were lost.
/// </summary>
public sealed class SharedOutputCacheStore : IOutputCacheStore
{
    private readonly IOutputCacheStore _redisStore;
    private readonly RedisConnection _redis;
    private readonly ILogger<SharedOutputCacheStore> _logger;

    public SharedOutputCacheStore(IOutputCacheStore redisStore, RedisConnection redis, ILogger<SharedOutputCacheStore> logger)
    {
        _redisStore = redisStore;
        _redis = redis;
        _logger = logger;
        redis.Restored += () => _ = CatchUpAsync();
    }

    public async ValueTask<byte[]?> GetAsync(string key, CancellationToken cancellationToken)
    {
        if (!_redis.IsConnected) return null;
        try { return await _redisStore.GetAsync(key, cancellationToken); }
        catch (Exception e) when (e is RedisException or TimeoutException) { Warn(e); return null; }
    }

    public async ValueTask SetAsync(string key, byte[] value, string[]? tags, TimeSpan validFor, CancellationToken cancellationToken)
    {
        if (!_redis.IsConnected) return;
        try { await _redisStore.SetAsync(key, value, tags, validFor, cancellationToken); }
        catch (Exception e) when (e is RedisException or TimeoutException) { Warn(e); }
    }

    public async ValueTask EvictByTagAsync(string tag, CancellationToken cancellationToken)
    {
        // Lost while Redis is down; made good by evicting everything when it is back.
        if (!_redis.IsConnected) return;
        try { await _redisStore.EvictByTagAsync(tag, cancellationToken); }
        catch (Exception e) when (e is RedisException or TimeoutException) { Warn(e); }
    }

    private async Task CatchUpAsync()
    {
        try { await _redisStore.EvictByTagAsync(CacheTags.Site, CancellationToken.None); }
        catch (Exception e) when (e is RedisException or TimeoutException) { _logger.LogWarning(e, "Could not evict the pages cached before the Redis outage"); }
    }

    private void Warn(Exception e) => _logger.LogWarning(e, "The shared output cache failed: the page is rendered from the database");
}
