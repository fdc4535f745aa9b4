namespace Participation.Caching;

/// <summary>
/// Small values that many requests read from the database (site documents, the departments, a
/// person's security stamp), kept in memory by key until what changes them evicts the key. An
/// eviction inside a transaction evicts again when the transaction ends, so a request that read
/// the old row meanwhile cannot keep it. Cached values are shared: hand out immutable ones.
/// </summary>
public interface IDataCache
{
    /// <summary>The value kept under <paramref name="key"/>, or what <paramref name="read"/> answers (then kept).</summary>
    Task<T> GetOrReadAsync<T>(string key, Func<Task<T>> read);

    /// <summary>
    /// As <see cref="GetOrReadAsync{T}(string, Func{Task{T}})"/>, kept no longer than <paramref name="keepFor"/>
    /// (a minute at most): for a value that may lag what it was read from by that much, such as counters.
    /// </summary>
    Task<T> GetOrReadAsync<T>(string key, TimeSpan keepFor, Func<Task<T>> read);

    /// <summary>
    /// The values kept under <paramref name="keys"/>, in their order (a key may repeat): those not kept
    /// are read together by one call of <paramref name="readMissing"/> with each missing key once,
    /// and kept as the single-key members keep theirs — a key the read does not answer is kept as
    /// <c>default</c>, as a read answering null would be. <paramref name="keepFor"/> as in
    /// <see cref="GetOrReadAsync{T}(string, TimeSpan, Func{Task{T}})"/>. For a page's list of items,
    /// so it sends one query for the items not kept, none when all are.
    /// </summary>
    Task<IReadOnlyList<T?>> GetOrReadManyAsync<T>(IReadOnlyList<string> keys, Func<IReadOnlyList<string>, Task<IReadOnlyDictionary<string, T>>> readMissing, TimeSpan? keepFor = null);

    /// <summary>Forgets the value; call it when what it was read from changes.</summary>
    void Evict(string key);
}
