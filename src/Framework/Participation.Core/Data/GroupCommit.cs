using System.Threading.Channels;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Participation.Data;

/// <summary>
/// The host's <see cref="IGroupCommit{TWrite, TOutcome}"/>: one queue and one writer per kind of
/// write. The writer takes everything queued (up to <see cref="MaxBatch"/>) without waiting for
/// more, so a lone vote is written at once and a crowd shares commits: while one batch commits,
/// the next gathers. Callers are answered only after the commit returned.
/// </summary>
public sealed class GroupCommit<TWrite, TOutcome> : IGroupCommit<TWrite, TOutcome>, IAsyncDisposable
{
    /// <summary>Enough to carry thousands of writes a second on one commit each few milliseconds, small enough to keep a transaction short.</summary>
    public const int MaxBatch = 500;

    private readonly Channel<Pending> _queue = Channel.CreateUnbounded<Pending>(new UnboundedChannelOptions { SingleReader = true });
    private readonly IServiceScopeFactory _scopes;
    private readonly ILogger _logger;
    private readonly Lazy<Task> _writer;

    public GroupCommit(IServiceScopeFactory scopes, ILogger<GroupCommit<TWrite, TOutcome>> logger)
    {
        _scopes = scopes;
        _logger = logger;
        _writer = new Lazy<Task>(() => Task.Run(WriteQueuedAsync));
    }

    public Task<TOutcome> WriteAsync(TWrite write)
    {
        var pending = new Pending(write, new TaskCompletionSource<TOutcome>(TaskCreationOptions.RunContinuationsAsynchronously));
        if (!_queue.Writer.TryWrite(pending)) return Task.FromException<TOutcome>(new WriteNotCommittedException("The site is stopping."));
        _ = _writer.Value;
        return pending.Done.Task;
    }

    private async Task WriteQueuedAsync()
    {
        var batch = new List<Pending>(MaxBatch);
        while (await _queue.Reader.WaitToReadAsync())
        {
            while (batch.Count < MaxBatch && _queue.Reader.TryRead(out var pending)) batch.Add(pending);
            await CommitAsync(batch);
            batch.Clear();
        }
    }

    private async Task CommitAsync(List<Pending> batch)
    {
        IReadOnlyList<TOutcome> outcomes;
        try
        {
            await using var scope = _scopes.CreateAsyncScope();
            var session = scope.ServiceProvider.GetRequiredService<IDataSession>();
            var writer = scope.ServiceProvider.GetRequiredService<IBatchWriter<TWrite, TOutcome>>();
            await using var transaction = await session.Database.BeginTransactionAsync();
            outcomes = await writer.WriteAsync(session, [.. batch.Select(p => p.Write)]);
            if (outcomes.Count != batch.Count) throw new InvalidOperationException($"{writer.GetType().Name} returned {outcomes.Count} outcomes for {batch.Count} writes.");
            await transaction.CommitAsync();
        }
        catch (Exception ex) // whatever failed, nothing of the batch was committed: every caller hears so, and the writer lives on
        {
            _logger.LogError(ex, "A batch of {Count} {Write} writes was not committed", batch.Count, typeof(TWrite).Name);
            foreach (var pending in batch) pending.Done.TrySetException(new WriteNotCommittedException("The database did not commit the write.", ex));
            return;
        }
        for (var i = 0; i < batch.Count; i++) batch[i].Done.TrySetResult(outcomes[i]);
    }

    /// <summary>Writes what is queued before the site's services go, and refuses later writes.</summary>
    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        if (_writer.IsValueCreated) await _writer.Value;
    }

    private sealed record Pending(TWrite Write, TaskCompletionSource<TOutcome> Done);
}
