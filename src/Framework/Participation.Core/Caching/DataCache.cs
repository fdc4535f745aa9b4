using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Participation.Data;

namespace Participation.Caching;

/// <summary>
/// <see cref="IDataCache"/> for one request: evicts from the process's <see cref="DataCacheStore"/>
/// now and, when the request's database transaction is open, again when it ends
/// (<see cref="TransactionEndEvictions"/>), since other requests read the old rows until then.
/// Inside a transaction it reads the database itself: the request must see its own changes, and
/// what it reads may still be rolled back.
/// </summary>
public sealed class DataCache(DataCacheStore store, TransactionEndEvictions evictions, ParticipationDbContext db) : IDataCache
{
    public Task<T> GetOrReadAsync<T>(string key, Func<Task<T>> read) => db.Database.CurrentTransaction is null ? store.GetOrReadAsync(key, read) : read();

    public void Evict(string key)
    {
        store.Evict(key);
        if (db.Database.CurrentTransaction is { } transaction) evictions.AtEndOf(transaction.GetDbTransaction(), key);
    }
}
