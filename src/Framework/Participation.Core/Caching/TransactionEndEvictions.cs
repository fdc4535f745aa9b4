using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Participation.Caching;

/// <summary>
/// Evicts the <see cref="DataCacheStore"/> keys a transaction changed once it commits or rolls
/// back: until then other requests still read, and may keep, the rows as they were. It also
/// notes which contexts began a transaction, so that <see cref="DataCache"/> can tell a request
/// with none without asking its context (which would start an unused one on pages sending no SQL).
/// </summary>
public sealed class TransactionEndEvictions(DataCacheStore store) : DbTransactionInterceptor
{
    private static readonly object Began = new();
    private readonly ConditionalWeakTable<DbTransaction, HashSet<string>> _pending = [];
    private readonly ConditionalWeakTable<DbContext, object> _began = [];

    /// <summary>
    /// False when <paramref name="context"/> has no transaction open; true when it began one that
    /// has not ended yet or was disposed without a commit or rollback (ask the context then).
    /// </summary>
    public bool MayHaveTransaction(DbContext context) => _began.TryGetValue(context, out _);

    /// <summary>Called when the context answered that its transaction is gone.</summary>
    public void NoTransaction(DbContext context) => _began.Remove(context);

    public void AtEndOf(DbTransaction transaction, string key)
    {
        var keys = _pending.GetOrCreateValue(transaction);
        lock (keys) keys.Add(key);
    }

    public override DbTransaction TransactionStarted(DbConnection connection, TransactionEndEventData eventData, DbTransaction result) => Begun(eventData, result);

    public override ValueTask<DbTransaction> TransactionStartedAsync(DbConnection connection, TransactionEndEventData eventData, DbTransaction result, CancellationToken cancellationToken = default)
        => ValueTask.FromResult(Begun(eventData, result));

    public override DbTransaction TransactionUsed(DbConnection connection, TransactionEventData eventData, DbTransaction result) => Begun(eventData, result);

    public override ValueTask<DbTransaction> TransactionUsedAsync(DbConnection connection, TransactionEventData eventData, DbTransaction result, CancellationToken cancellationToken = default)
        => ValueTask.FromResult(Begun(eventData, result));

    public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Ended(transaction, eventData.Context);

    public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Ended(transaction, eventData.Context);
        return Task.CompletedTask;
    }

    public override void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Ended(transaction, eventData.Context);

    public override Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Ended(transaction, eventData.Context);
        return Task.CompletedTask;
    }

    public override void TransactionFailed(DbTransaction transaction, TransactionErrorEventData eventData) => Ended(transaction);

    public override Task TransactionFailedAsync(DbTransaction transaction, TransactionErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Ended(transaction);
        return Task.CompletedTask;
    }

    private DbTransaction Begun(TransactionEventData eventData, DbTransaction transaction)
    {
        if (eventData.Context is { } context) _began.AddOrUpdate(context, Began);
        return transaction;
    }

    /// <summary>A failed commit or rollback keeps the context noted: it is asked again next time.</summary>
    private void Ended(DbTransaction transaction, DbContext? context = null)
    {
        if (context is not null) _began.Remove(context);
        if (!_pending.TryGetValue(transaction, out var keys)) return;
        _pending.Remove(transaction);
        string[] ended;
        lock (keys) ended = [.. keys];
        foreach (var key in ended) store.Evict(key);
    }
}
