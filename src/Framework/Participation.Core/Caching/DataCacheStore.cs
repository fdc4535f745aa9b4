using Microsoft.Extensions.Caching.Memory;

namespace Participation.Caching;

/// <summary>
/// The process's values behind <see cref="IDataCache"/>, kept in the host's <see cref="IMemoryCache"/>
/// so that an eviction is a <c>Remove</c>, which with several nodes reaches every node
/// (<c>Cluster/ClusterMemoryCache</c>). Each key has a slot with a version: an eviction bumps it and
/// drops the slot, and a value read while the version moved is answered but not kept, so a read
/// racing a change never outlives it. A slot lives a minute at most (less when its reader says so),
/// which bounds how many are held (the stamps of the people active lately) and how long a missed eviction can last.
/// </summary>
public sealed class DataCacheStore(IMemoryCache slots)
{
    /// <summary>Keeps these keys apart from the other users of the memory cache.</summary>
    private const string Prefix = "data:";

    private static readonly TimeSpan MaxLifetime = TimeSpan.FromMinutes(1);

    public async Task<T> GetOrReadAsync<T>(string key, Func<Task<T>> read, TimeSpan? keepFor = null)
    {
        var slot = SlotOf(key, keepFor);
        var (held, value, version) = slot.Peek();
        if (held) return (T)value!;
        var fresh = await read();
        slot.Keep(version, fresh);
        return fresh;
    }

    /// <summary>
    /// The values of <paramref name="keys"/> in order; the keys not held are read in one call, each
    /// once, and kept against the version their slot had before the read, as a single read is.
    /// </summary>
    public async Task<IReadOnlyList<T?>> GetOrReadManyAsync<T>(IReadOnlyList<string> keys, Func<IReadOnlyList<string>, Task<IReadOnlyDictionary<string, T>>> readMissing, TimeSpan? keepFor = null)
    {
        var values = new T?[keys.Count];
        Dictionary<string, (Slot Slot, long Version, List<int> Places)>? missing = null;
        for (var i = 0; i < keys.Count; i++)
        {
            if (missing is not null && missing.TryGetValue(keys[i], out var known))
            {
                known.Places.Add(i);
                continue;
            }
            var slot = SlotOf(keys[i], keepFor);
            var (held, value, version) = slot.Peek();
            if (held) values[i] = (T?)value;
            else (missing ??= new(StringComparer.Ordinal))[keys[i]] = (slot, version, [i]);
        }
        if (missing is null) return values;
        var read = await readMissing([.. missing.Keys]);
        foreach (var (key, (slot, version, places)) in missing)
        {
            var fresh = read.TryGetValue(key, out var value) ? value : default;
            slot.Keep(version, fresh);
            foreach (var place in places) values[place] = fresh;
        }
        return values;
    }

    private Slot SlotOf(string key, TimeSpan? keepFor) => slots.GetOrCreate(Prefix + key, entry =>
    {
        // The slot is made just before its value is read: the value lives no longer than the slot.
        entry.AbsoluteExpirationRelativeToNow = keepFor is { } lifetime && lifetime < MaxLifetime ? lifetime : MaxLifetime;
        return new Slot();
    })!;

    public void Evict(string key)
    {
        if (slots.TryGetValue(Prefix + key, out Slot? slot)) slot!.Forget();
        slots.Remove(Prefix + key);
    }

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
