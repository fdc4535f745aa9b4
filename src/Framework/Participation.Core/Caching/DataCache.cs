using Microsoft.EntityFrameworkCore.Storage;
using Participation.Data;

namespace Participation.Caching;

/// <summary>
/// <see cref="IDataCache"/> for one request: evicts from the process's <see cref="DataCacheStore"/>
/// now and, when the request's database transaction is open, again when it ends
/// (<see cref="TransactionEndEvictions"/>), since other requests read the old rows until then.
/// Inside a transaction it reads the database itself: the request must see its own changes, and
/// what it reads may still be rolled back. Whether one is open is asked of the interceptor first,
/// so a page answered from cached values never starts its context.
/// </summary>
public sealed class DataCache(DataCacheStore store, TransactionEndEvictions transactions, ParticipationDbContext db) : IDataCache
{
    public Task<T> GetOrReadAsync<T>(string key, Func<Task<T>> read) => OpenTransaction() is null ? store.GetOrReadAsync(key, read) : read();

    public Task<T> GetOrReadAsync<T>(string key, TimeSpan keepFor, Func<Task<T>> read) => OpenTransaction() is null ? store.GetOrReadAsync(key, read, keepFor) : read();

    public async Task<IReadOnlyList<T?>> GetOrReadManyAsync<T>(IReadOnlyList<string> keys, Func<IReadOnlyList<string>, Task<IReadOnlyDictionary<string, T>>> readMissing, TimeSpan? keepFor = null)
    {
        if (OpenTransaction() is not null)
        {
            // As the single-key reads in a transaction: every key from the database, nothing kept.
            var read = keys.Count == 0 ? null : await readMissing([.. keys.Distinct(StringComparer.Ordinal)]);
            return [.. keys.Select(key => read is not null && read.TryGetValue(key, out var value) ? value : default)];
        }
        return await store.GetOrReadManyAsync(keys, readMissing, keepFor);
    }

    public void Evict(string key)
    {
        store.Evict(key);
        if (OpenTransaction() is { } transaction) transactions.AtEndOf(transaction.GetDbTransaction(), key);
    }

    private IDbContextTransaction? OpenTransaction()
    {
        if (!transactions.MayHaveTransaction(db)) return null;
        var open = db.Database.CurrentTransaction;
        if (open is null) transactions.NoTransaction(db);
        return open;
    }
}
