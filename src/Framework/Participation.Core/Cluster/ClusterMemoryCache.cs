using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace Participation.Cluster;

/// <summary>
/// This node's memory cache, whose removals reach every node: removing a key (site settings,
/// role permissions, any cache a service clears after a change) publishes it on Redis, and each
/// node removes it too. Entries without an expiry of their own last at most <see cref="Cap"/>, and
/// when Redis comes back after an outage, whose removals were missed, the whole cache is dropped.
/// </summary>
public sealed class ClusterMemoryCache : IMemoryCache
{
    /// <summary>How long an entry may outlive a change whose removal was missed (Redis down).</summary>
    public static readonly TimeSpan Cap = TimeSpan.FromMinutes(1);

    /// <summary>A node that read the old value just before the change may store it after the removal: removed again then.</summary>
    private static readonly TimeSpan LateReadRoom = TimeSpan.FromSeconds(1);

    private static readonly RedisChannel Channel = RedisChannel.Literal("participation:cache:removed");
    private readonly MemoryCache _local;
    private readonly RedisConnection _redis;
    private readonly ILogger<ClusterMemoryCache> _logger;
    private readonly string _node = Guid.NewGuid().ToString("N");

    public ClusterMemoryCache(MemoryCache local, RedisConnection redis, ILogger<ClusterMemoryCache> logger)
    {
        _local = local;
        _redis = redis;
        _logger = logger;
        redis.Restored += Clear;
        redis.Subscribe("cache removals", subscriber => subscriber.Subscribe(Channel, (_, message) => RemovedElsewhere(message.ToString())));
    }

    public ICacheEntry CreateEntry(object key)
    {
        var entry = _local.CreateEntry(key);
        entry.AbsoluteExpirationRelativeToNow = Cap;
        return entry;
    }

    public bool TryGetValue(object key, out object? value) => _local.TryGetValue(key, out value);

    public void Remove(object key)
    {
        _local.Remove(key);
        if (key is not string name) return;
        try
        {
            _redis.Multiplexer.GetSubscriber().Publish(Channel, _node + "|" + name, CommandFlags.FireAndForget);
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            _logger.LogWarning(e, "Could not tell the other nodes to drop {Key}: they keep it at most {Cap}", name, Cap);
        }
    }

    private void RemovedElsewhere(string message)
    {
        var separator = message.IndexOf('|');
        if (separator < 0 || message.AsSpan(0, separator).SequenceEqual(_node)) return;
        var key = message[(separator + 1)..];
        _local.Remove(key);
        _ = RemoveAgainAsync(key);
    }

    private async Task RemoveAgainAsync(string key)
    {
        await Task.Delay(LateReadRoom);
        _local.Remove(key);
    }

    /// <summary>Drops every entry on this node (Redis back after an outage; a failed setup undone).</summary>
    public void Clear() => _local.Compact(1.0);

    public void Dispose() => _local.Dispose();
}
