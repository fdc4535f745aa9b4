namespace Participation.Data;

/// <summary>
/// Group commit for many small writes of one kind (ballots, supports): each caller queues its
/// write and waits; one writer takes whatever is queued, has the module's
/// <see cref="IBatchWriter{TWrite, TOutcome}"/> write it all in one transaction, commits, and
/// only then answers each caller. The database pays one commit for many requests, and no
/// caller is answered for a write that is not committed. Register the writer; the host
/// provides this for every pair of types.
/// </summary>
public interface IGroupCommit<TWrite, TOutcome>
{
    /// <summary>Queues <paramref name="write"/> and completes with its outcome once the transaction holding it has committed.</summary>
    /// <exception cref="WriteNotCommittedException">The transaction failed or the site is stopping: nothing of this write was kept, and it may be tried again.</exception>
    Task<TOutcome> WriteAsync(TWrite write);
}
