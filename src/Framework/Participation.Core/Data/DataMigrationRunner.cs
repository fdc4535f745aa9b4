using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Operations;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Logging;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;
using Participation.Modules;

namespace Participation.Data;

/// <summary>
/// Brings every module's schema to its latest version: reads the version each module
/// reached from <c>ModuleSchemaVersions</c>, then calls <c>Create</c> or <c>UpdateFromN</c>
/// until none is left. Runs inside the caller's transaction when there is one.
/// </summary>
public sealed class DataMigrationRunner(
    ParticipationDbContext db,
    IEnumerable<DataMigration> migrations,
    IModuleCatalog catalog,
    ILogger<DataMigrationRunner> logger)
{
    private const string VersionsTable = "ModuleSchemaVersions";

    public async Task RunAsync(CancellationToken cancellationToken = default)
    {
        var isSqlite = db.Database.IsSqlite();
        if (isSqlite)
        {
            // WAL lets readers go on while a vote or comment is written.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }
        await db.Database.ExecuteSqlRawAsync(
            $"CREATE TABLE IF NOT EXISTS \"{VersionsTable}\" (\"Feature\" varchar(200) NOT NULL PRIMARY KEY, \"Version\" integer NOT NULL)", cancellationToken);

        // One read of every module's version (a start with nothing to upgrade costs this query only).
        var versions = await GetVersionsAsync(cancellationToken);
        var generator = db.GetService<IMigrationsSqlGenerator>();
        foreach (var migration in Order(migrations))
        {
            var version = versions.GetValueOrDefault(migration.Feature);
            var start = version;
            while (FindStep(migration, version) is { } step)
            {
                var schema = new MigrationBuilder(db.Database.ProviderName);
                var reached = (int)step.Invoke(migration, [schema])!;
                if (reached <= version) throw new InvalidOperationException($"{migration.GetType().FullName}.{step.Name} must return a version above {version}.");
                ApplyIdentityColumns(schema.Operations, isSqlite);
                foreach (var command in generator.Generate(schema.Operations, db.Model))
                {
                    await db.Database.ExecuteSqlRawAsync(command.CommandText, cancellationToken);
                }
                version = reached;
            }
            if (version != start)
            {
                await SetVersionAsync(migration.Feature, start, version, cancellationToken);
                logger.LogInformation("Schema of {Feature} moved from version {From} to {To}", migration.Feature, start, version);
            }
        }
    }

    private static MethodInfo? FindStep(DataMigration migration, int version)
    {
        var name = version == 0 ? "Create" : $"UpdateFrom{version}";
        return migration.GetType().GetMethod(name, BindingFlags.Public | BindingFlags.Instance, [typeof(MigrationBuilder)]);
    }

    /// <summary>Migrations of modules run in module dependency order; the host's own first.</summary>
    private IEnumerable<DataMigration> Order(IEnumerable<DataMigration> all)
    {
        var rank = catalog.Modules.Select((m, i) => (m.Assembly, i)).ToDictionary(x => x.Assembly, x => x.i);
        return all.OrderBy(m => rank.TryGetValue(m.GetType().Assembly, out var r) ? r : -1).ThenBy(m => m.Feature, StringComparer.Ordinal);
    }

    private static void ApplyIdentityColumns(IEnumerable<MigrationOperation> operations, bool isSqlite)
    {
        var columns = operations.OfType<CreateTableOperation>().SelectMany(t => t.Columns).Concat(operations.OfType<AddColumnOperation>());
        foreach (var column in columns.Where(c => c[SchemaColumnExtensions.IdentityAnnotation] is true))
        {
            if (isSqlite) column.AddAnnotation("Sqlite:Autoincrement", true);
            else column.AddAnnotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn);
        }
    }

    /// <summary>
    /// A plain command and reader, not <c>SqlQueryRaw</c>: a LINQ query here was the process's first,
    /// and compiling it put EF's query pipeline on every start's path before the first request.
    /// </summary>
    private async Task<Dictionary<string, int>> GetVersionsAsync(CancellationToken cancellationToken)
    {
        var versions = new Dictionary<string, int>(StringComparer.Ordinal);
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = $"SELECT \"Feature\", \"Version\" FROM \"{VersionsTable}\"";
            command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken)) versions[reader.GetString(0)] = reader.GetInt32(1);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
        return versions;
    }

    private Task SetVersionAsync(string feature, int from, int to, CancellationToken cancellationToken) => from == 0
        ? db.Database.ExecuteSqlRawAsync($"INSERT INTO \"{VersionsTable}\" (\"Feature\", \"Version\") VALUES ({{0}}, {{1}})", [feature, to], cancellationToken)
        : db.Database.ExecuteSqlRawAsync($"UPDATE \"{VersionsTable}\" SET \"Version\" = {{1}} WHERE \"Feature\" = {{0}}", [feature, to], cancellationToken);
}
