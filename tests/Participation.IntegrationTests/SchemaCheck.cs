using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Extensions.DependencyInjection;
using Participation.Data;
using Participation.Testing;

namespace Participation.IntegrationTests;

public class SqliteSchemaTests
{
    [Fact]
    public async Task The_migrated_database_has_the_schema_the_model_maps()
    {
        using var site = new SiteFactory(new SiteOptions { AutoSetup = true });
        site.CreateClient();
        await SchemaCheck.AssertModelMatchesDatabaseAsync(site);
    }
}

/// <summary>
/// The EF model and the hand-written migrations must agree, on SQLite and PostgreSQL alike:
/// every mapped table and column exists, with the model's type (and so length), nullability,
/// primary key, unique keys and indexes. A migration that forgot a column, an index or a
/// NOT NULL, or a model that forgot what the migration made, fails here with every difference.
/// </summary>
public static class SchemaCheck
{
    public static async Task AssertModelMatchesDatabaseAsync(SiteFactory site)
    {
        await using var scope = site.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ParticipationDbContext>();
        var model = db.GetService<IDesignTimeModel>().Model.GetRelationalModel();
        await db.Database.OpenConnectionAsync();
        var connection = db.Database.GetDbConnection();
        var isSqlite = db.Database.IsSqlite();

        var problems = new List<string>();
        var tables = model.Tables.Where(t => t.Schema is null).ToList();
        foreach (var table in tables)
        {
            var actual = isSqlite ? await SqliteTableAsync(connection, table.Name) : await PostgresTableAsync(connection, table.Name);
            if (actual is null) problems.Add($"{table.Name}: mapped, but the migrations create no such table");
            else problems.AddRange(Compare(table, actual));
        }
        Assert.True(problems.Count == 0, $"{problems.Count} difference(s) between the model and the migrated database:{Environment.NewLine}{string.Join(Environment.NewLine, problems)}");
        Assert.True(tables.Count >= 10, $"only {tables.Count} tables were checked");
    }

    private static IEnumerable<string> Compare(ITable table, DatabaseTable actual)
    {
        foreach (var column in table.Columns)
        {
            var where = $"{table.Name}.{column.Name}";
            if (!actual.Columns.TryGetValue(column.Name, out var found))
            {
                yield return $"{where}: mapped, but missing from the table";
                continue;
            }
            if (!string.Equals(BaseType(column.StoreType), BaseType(found.StoreType), StringComparison.OrdinalIgnoreCase))
                yield return $"{where}: the model's type is {column.StoreType}, the database's {found.StoreType}";
            else if (found.MaxLength is not null || column.MaxLength is not null)
            {
                // SQLite keeps no length, so only PostgreSQL reports one to compare.
                if (found.KeepsLength && found.MaxLength != column.MaxLength)
                    yield return $"{where}: the model's maximum length is {Length(column.MaxLength)}, the database's {Length(found.MaxLength)}";
            }
            if (column.IsNullable != found.IsNullable)
                yield return $"{where}: the model says {Nullability(column.IsNullable)}, the database {Nullability(found.IsNullable)}";
        }
        foreach (var name in actual.Columns.Keys.Where(c => table.FindColumn(c) is null))
            yield return $"{table.Name}.{name}: in the table, but not mapped";

        var modelKey = table.PrimaryKey?.Columns.Select(c => c.Name).ToList() ?? [];
        if (!modelKey.SequenceEqual(actual.PrimaryKey, StringComparer.Ordinal))
            yield return $"{table.Name}: the model's primary key is ({string.Join(", ", modelKey)}), the database's ({string.Join(", ", actual.PrimaryKey)})";

        var modelIndexes = table.Indexes.Select(i => Signature(i.IsUnique, i.Columns.Select(c => c.Name)))
            .Concat(table.UniqueConstraints.Where(u => !u.GetIsPrimaryKey()).Select(u => Signature(true, u.Columns.Select(c => c.Name))))
            .ToHashSet(StringComparer.Ordinal);
        var databaseIndexes = actual.Indexes.Select(i => Signature(i.IsUnique, i.Columns)).ToHashSet(StringComparer.Ordinal);
        foreach (var missing in modelIndexes.Except(databaseIndexes).Order(StringComparer.Ordinal))
            yield return $"{table.Name}: the model has {missing}, the database does not";
        foreach (var extra in databaseIndexes.Except(modelIndexes).Order(StringComparer.Ordinal))
            yield return $"{table.Name}: the database has {extra}, the model does not";
    }

    private static string Signature(bool unique, IEnumerable<string> columns) => $"{(unique ? "a unique index" : "an index")} on ({string.Join(", ", columns)})";
    private static string BaseType(string storeType) => storeType.Split('(')[0].Trim();
    private static string Length(int? length) => length?.ToString() ?? "none";
    private static string Nullability(bool nullable) => nullable ? "NULL" : "NOT NULL";

    private sealed record DatabaseColumn(string StoreType, bool IsNullable, int? MaxLength, bool KeepsLength);
    private sealed record DatabaseIndex(bool IsUnique, IReadOnlyList<string> Columns);
    private sealed record DatabaseTable(IReadOnlyDictionary<string, DatabaseColumn> Columns, IReadOnlyList<string> PrimaryKey, IReadOnlyList<DatabaseIndex> Indexes);

    private static async Task<DatabaseTable?> SqliteTableAsync(DbConnection connection, string table)
    {
        var columns = new Dictionary<string, DatabaseColumn>(StringComparer.Ordinal);
        var key = new SortedList<long, string>();
        foreach (var row in await QueryAsync(connection, $"PRAGMA table_info(\"{table}\")"))
        {
            var name = (string)row["name"]!;
            columns[name] = new DatabaseColumn((string)row["type"]!, (long)row["notnull"]! == 0, null, KeepsLength: false);
            if ((long)row["pk"]! > 0) key.Add((long)row["pk"]!, name);
        }
        if (columns.Count == 0) return null;
        var indexes = new List<DatabaseIndex>();
        foreach (var index in await QueryAsync(connection, $"PRAGMA index_list(\"{table}\")"))
        {
            if ((string)index["origin"]! == "pk") continue;
            var indexColumns = (await QueryAsync(connection, $"PRAGMA index_info(\"{index["name"]}\")"))
                .OrderBy(c => (long)c["seqno"]!).Select(c => (string)c["name"]!).ToList();
            indexes.Add(new DatabaseIndex((long)index["unique"]! == 1, indexColumns));
        }
        return new DatabaseTable(columns, key.Values.ToList(), indexes);
    }

    private static async Task<DatabaseTable?> PostgresTableAsync(DbConnection connection, string table)
    {
        var columns = (await QueryAsync(connection,
                "SELECT column_name, format_type(a.atttypid, a.atttypmod) AS store_type, is_nullable, character_maximum_length " +
                "FROM information_schema.columns c JOIN pg_attribute a ON a.attrelid = format('%I.%I', c.table_schema, c.table_name)::regclass AND a.attname = c.column_name " +
                "WHERE c.table_schema = current_schema() AND c.table_name = @table", table))
            .ToDictionary(r => (string)r["column_name"]!, r => new DatabaseColumn(
                (string)r["store_type"]!, (string)r["is_nullable"]! == "YES", r["character_maximum_length"] is int length ? length : null, KeepsLength: true), StringComparer.Ordinal);
        if (columns.Count == 0) return null;
        // pg_indexes lists every index with its definition; pg_index gives the same indexes' columns in order.
        var rows = await QueryAsync(connection,
            "SELECT i.indexname, x.indisunique, x.indisprimary, a.attname, k.ord " +
            "FROM pg_indexes i JOIN pg_index x ON x.indexrelid = format('%I.%I', i.schemaname, i.indexname)::regclass " +
            "CROSS JOIN LATERAL unnest(x.indkey) WITH ORDINALITY AS k(attnum, ord) " +
            "JOIN pg_attribute a ON a.attrelid = x.indrelid AND a.attnum = k.attnum " +
            "WHERE i.schemaname = current_schema() AND i.tablename = @table", table);
        var byIndex = rows.GroupBy(r => (string)r["indexname"]!).Select(g => (
            Primary: (bool)g.First()["indisprimary"]!, Unique: (bool)g.First()["indisunique"]!,
            Columns: g.OrderBy(r => Convert.ToInt64(r["ord"])).Select(r => (string)r["attname"]!).ToList())).ToList();
        var key = byIndex.FirstOrDefault(i => i.Primary).Columns ?? [];
        return new DatabaseTable(columns, key, byIndex.Where(i => !i.Primary).Select(i => new DatabaseIndex(i.Unique, i.Columns)).ToList());
    }

    private static async Task<List<Dictionary<string, object?>>> QueryAsync(DbConnection connection, string sql, string? table = null)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        if (table is not null)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = "table";
            parameter.Value = table;
            command.Parameters.Add(parameter);
        }
        var rows = new List<Dictionary<string, object?>>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            var row = new Dictionary<string, object?>(StringComparer.Ordinal);
            for (var i = 0; i < reader.FieldCount; i++) row[reader.GetName(i)] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            rows.Add(row);
        }
        return rows;
    }
}
