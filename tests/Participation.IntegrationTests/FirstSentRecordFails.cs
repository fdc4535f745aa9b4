using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Participation.IntegrationTests;

/// <summary>
/// Plays a busy database at the worst moment: the first update that records an email as sent
/// (the one that sets <c>SentUtc</c>, after the delivery went through) fails as SQLite does when locked.
/// </summary>
public sealed class FirstSentRecordFails : DbCommandInterceptor
{
    private int _failures;

    /// <summary>How many updates it failed: one, once the site has recorded a delivery.</summary>
    public int Failures => Volatile.Read(ref _failures);

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (RecordsSent(command) && Interlocked.CompareExchange(ref _failures, 1, 0) == 0)
            throw new SqliteException("SQLite Error 5: 'database is locked'.", 5);
        return base.NonQueryExecutingAsync(command, eventData, result, cancellationToken);
    }

    private static bool RecordsSent(DbCommand command)
        => command.CommandText.TrimStart().StartsWith("UPDATE", StringComparison.OrdinalIgnoreCase)
            && command.CommandText.Contains("OutboxMessages", StringComparison.Ordinal)
            && command.CommandText.Contains("SentUtc", StringComparison.Ordinal);
}
