namespace Participation.Data;

/// <summary>
/// Writes one batch of an <see cref="IGroupCommit{TWrite, TOutcome}"/> into the transaction the
/// group commit opened and commits (never commit here). A write the database's unique key
/// refuses is an outcome, not an exception (<c>INSERT … ON CONFLICT DO NOTHING RETURNING</c>,
/// the same on SQLite and PostgreSQL), so one second ballot does not fail the others; any
/// exception fails the whole batch, and every caller in it is told nothing was kept.
/// </summary>
public interface IBatchWriter<TWrite, TOutcome>
{
    /// <summary>One outcome per write, in the order of <paramref name="writes"/>.</summary>
    Task<IReadOnlyList<TOutcome>> WriteAsync(IDataSession session, IReadOnlyList<TWrite> writes);
}
