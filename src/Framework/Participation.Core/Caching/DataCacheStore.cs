using Microsoft.Extensions.Caching.Memory;

namespace Participation.Caching;

/// <summary>
/// The process's values behind <see cref="IDataCache"/>. Each key has a slot with a version: an
/// eviction bumps it, and a value read while the version moved is answered but not kept, so a read
/// racing a change never outlives it. Slots are bounded in number (a site with a million people
/// keeps the stamps of those active lately); a slot dropped for room is simply read again. A slot
/// lives a minute at most, so with several servers a change made on another one shows here within
/// a minute (Identity's own validation interval) until their evictions come in through <see cref="Evict"/>.
/// </summary>
public sealed class DataCacheStore : IDisposable
{
    private readonly MemoryCache _slots = new(new MemoryCacheOptions { SizeLimit = 100_000 });

    public async Task<T> GetOrReadAsync<T>(string key, Func<Task<T>> read)
    {
        var slot = _slots.GetOrCreate(key, entry =>
        {
            entry.Size = 1;
            entry.AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(1);
            return new Slot();
        })!;
        var (held, value, version) = slot.Peek();
        if (held) return (T)value!;
        var fresh = await read();
        slot.Keep(version, fresh);
        return fresh;
    }

    public void Evict(string key)
    {
        if (_slots.TryGetValue(key, out Slot? slot)) slot!.Forget();
    }

    public void Dispose() => _slots.Dispose();

    private sealed class Slot
    {
        private readonly Lock _lock = new();
        private long _version;
        private bool _held;
        private object? _value;

        public (bool Held, object? Value, long Version) Peek()
        {
            lock (_lock) return (_held, _value, _version);
        }

        public void Keep(long readAt, object? value)
        {
            lock (_lock)
            {
                if (_version != readAt) return;
                (_held, _value) = (true, value);
            }
        }

        public void Forget()
        {
            lock (_lock) (_version, _held, _value) = (_version + 1, false, null);
        }
    }
}
