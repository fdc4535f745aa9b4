using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Participation.Caching;

/// <summary>
/// Evicts the <see cref="DataCacheStore"/> keys a transaction changed once it commits or rolls
/// back: until then other requests still read, and may keep, the rows as they were.
/// </summary>
public sealed class TransactionEndEvictions(DataCacheStore store) : DbTransactionInterceptor
{
    private readonly ConditionalWeakTable<DbTransaction, HashSet<string>> _pending = [];

    public void AtEndOf(DbTransaction transaction, string key)
    {
        var keys = _pending.GetOrCreateValue(transaction);
        lock (keys) keys.Add(key);
    }

    public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Ended(transaction);

    public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Ended(transaction);
        return Task.CompletedTask;
    }

    public override void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Ended(transaction);

    public override Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Ended(transaction);
        return Task.CompletedTask;
    }

    public override void TransactionFailed(DbTransaction transaction, TransactionErrorEventData eventData) => Ended(transaction);

    public override Task TransactionFailedAsync(DbTransaction transaction, TransactionErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Ended(transaction);
        return Task.CompletedTask;
    }

    private void Ended(DbTransaction transaction)
    {
        if (!_pending.TryGetValue(transaction, out var keys)) return;
        _pending.Remove(transaction);
        string[] ended;
        lock (keys) ended = [.. keys];
        foreach (var key in ended) store.Evict(key);
    }
}
