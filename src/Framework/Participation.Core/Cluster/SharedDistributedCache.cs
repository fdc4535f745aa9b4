using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Caching.StackExchangeRedis;
using StackExchange.Redis;

namespace Participation.Cluster;

/// <summary>
/// Drafts and other short-lived server-side values in Redis, so the next request may reach any
/// node; while Redis is unreachable they are kept on this node (read back here, or lost to
/// another node: a refused form then comes back empty rather than failing).
/// </summary>
public sealed class SharedDistributedCache(RedisCache shared, MemoryDistributedCache local, RedisConnection redis) : IDistributedCache
{
    public byte[]? Get(string key) => Use(() => shared.Get(key)) ?? local.Get(key);

    public async Task<byte[]?> GetAsync(string key, CancellationToken token = default)
        => (redis.IsConnected ? await TryAsync(() => shared.GetAsync(key, token)) : null) ?? await local.GetAsync(key, token);

    public void Set(string key, byte[] value, DistributedCacheEntryOptions options)
    {
        if (!redis.IsConnected || !Try(() => shared.Set(key, value, options))) local.Set(key, value, options);
    }

    public async Task SetAsync(string key, byte[] value, DistributedCacheEntryOptions options, CancellationToken token = default)
    {
        if (!redis.IsConnected || !await TryAsync(async () => { await shared.SetAsync(key, value, options, token); return true; })) await local.SetAsync(key, value, options, token);
    }

    public void Refresh(string key)
    {
        Try(() => shared.Refresh(key));
        local.Refresh(key);
    }

    public async Task RefreshAsync(string key, CancellationToken token = default)
    {
        if (redis.IsConnected) await TryAsync(async () => { await shared.RefreshAsync(key, token); return true; });
        await local.RefreshAsync(key, token);
    }

    public void Remove(string key)
    {
        Try(() => shared.Remove(key));
        local.Remove(key);
    }

    public async Task RemoveAsync(string key, CancellationToken token = default)
    {
        if (redis.IsConnected) await TryAsync(async () => { await shared.RemoveAsync(key, token); return true; });
        await local.RemoveAsync(key, token);
    }

    private byte[]? Use(Func<byte[]?> read)
    {
        if (!redis.IsConnected) return null;
        try { return read(); } catch (Exception e) when (e is RedisException or TimeoutException) { return null; }
    }

    private bool Try(Action write)
    {
        if (!redis.IsConnected) return false;
        try { write(); return true; } catch (Exception e) when (e is RedisException or TimeoutException) { return false; }
    }

    private static async Task<T?> TryAsync<T>(Func<Task<T>> call)
    {
        try { return await call(); } catch (Exception e) when (e is RedisException or TimeoutException) { return default; }
    }
}
