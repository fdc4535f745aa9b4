using System.Data.Common;

namespace Participation.Testing.Seeding;

/// <summary>
/// What the fillers share: the open connection to the site's database, the plan, and what earlier
/// fillers made (the consultations comments go to). Rows go in with one prepared command per table,
/// many rows per transaction, through the same table shapes the modules' migrations create.
/// </summary>
public sealed class SeedContext(DbConnection connection, bool postgres, SeedPlan plan, DateTime nowUtc)
{
    public DbConnection Connection => connection;
    public bool Postgres => postgres;
    public SeedPlan Plan => plan;
    public DateTime NowUtc => nowUtc;
    public Random Random { get; } = new(13);

    /// <summary>The consultation that gets <see cref="SeedPlan.CommentsOnBigConsultation"/> comments.</summary>
    public string BigConsultationId { get; set; } = "";
    /// <summary>Every consultation the other comments are spread over (the seeded ones and the site's own).</summary>
    public List<string> ConsultationIds { get; } = [];
    /// <summary>Real accounts, as comment authors (so a page showing authors meets distinct people).</summary>
    public List<string> UserIds { get; } = [];

    /// <summary>
    /// Inserts <paramref name="count"/> rows into <paramref name="table"/>: <paramref name="fill"/> sets
    /// the values of row i, in <paramref name="columns"/>' order. Commits every <see cref="SeedPlan.BatchSize"/> rows.
    /// </summary>
    public async Task<long> InsertAsync(string table, string[] columns, long count, Action<long, object?[]> fill)
    {
        var values = new object?[columns.Length];
        await using var command = connection.CreateCommand();
        command.CommandText = $"INSERT INTO \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) VALUES ({string.Join(", ", columns.Select((_, i) => "@p" + i))})";
        var parameters = columns.Select((_, i) => { var p = command.CreateParameter(); p.ParameterName = "p" + i; command.Parameters.Add(p); return p; }).ToArray();
        for (long done = 0; done < count;)
        {
            await using var transaction = await connection.BeginTransactionAsync();
            command.Transaction = transaction;
            var end = Math.Min(count, done + plan.BatchSize);
            for (; done < end; done++)
            {
                Array.Clear(values);
                fill(done, values);
                for (var c = 0; c < values.Length; c++) parameters[c].Value = values[c] ?? DBNull.Value;
                if (done == 0) await command.PrepareAsync();
                await command.ExecuteNonQueryAsync();
            }
            await transaction.CommitAsync();
        }
        return count;
    }

    /// <summary>The next free id of a table whose ids the seeder assigns itself (so child rows can point at them).</summary>
    public async Task<long> NextIdAsync(string table) => Convert.ToInt64(await ScalarAsync($"SELECT COALESCE(MAX(\"Id\"), 0) + 1 FROM \"{table}\""), System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>On PostgreSQL, moves an identity column past the ids the seeder wrote, so the site's own inserts do not collide.</summary>
    public async Task ResetIdentityAsync(string table)
    {
        if (!postgres) return;
        await ExecuteAsync($"SELECT setval(pg_get_serial_sequence('\"{table}\"', 'Id'), (SELECT COALESCE(MAX(\"Id\"), 1) FROM \"{table}\"))");
    }

    public async Task<List<T>> ReadAsync<T>(string sql, Func<DbDataReader, T> read, params object[] arguments)
    {
        await using var command = Command(sql, arguments);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<T>();
        while (await reader.ReadAsync()) rows.Add(read(reader));
        return rows;
    }

    public async Task<object?> ScalarAsync(string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }

    public async Task<int> ExecuteAsync(string sql, params object[] arguments)
    {
        await using var command = Command(sql, arguments);
        return await command.ExecuteNonQueryAsync();
    }

    private DbCommand Command(string sql, object[] arguments)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        for (var i = 0; i < arguments.Length; i++)
        {
            var p = command.CreateParameter();
            p.ParameterName = "p" + i;
            p.Value = arguments[i];
            command.Parameters.Add(p);
        }
        return command;
    }
}
