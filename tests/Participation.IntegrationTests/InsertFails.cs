using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;

namespace Participation.IntegrationTests;

/// <summary>
/// Plays a database that fails, but not on the unique key: while <see cref="Failing"/> is set,
/// every insert into <paramref name="table"/> (ballots, supports) fails as a locked SQLite file or a PostgreSQL lock timeout does.
/// </summary>
public sealed class InsertFails(string table) : DbCommandInterceptor
{
    private readonly string _insert = $"INSERT INTO \"{table}\"";
    private volatile bool _failing;

    public bool Failing { get => _failing; set => _failing = value; }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        if (_failing && command.CommandText.Contains(_insert, StringComparison.Ordinal))
            throw command is SqliteCommand
                ? new SqliteException("SQLite Error 5: 'database is locked'.", 5)
                : new PostgresException("canceling statement due to lock timeout", "ERROR", "ERROR", "55P03");
        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }
}
