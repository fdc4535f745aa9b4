using System.Data.Common;
using System.Net.Mail;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;
using Participation.Data;
using Participation.Recipes;
using Participation.Settings;

namespace Participation.Setup;

/// <summary>
/// Installs the site. The tentative database settings are used only for the duration of the
/// attempt; they are saved to <c>site.json</c> after the transaction commits.
/// </summary>
public sealed class SetupService(
    IServiceProvider services,
    IShellSettingsStore shell,
    IRecipeHarvester recipes,
    IStringLocalizer<SetupService> T,
    ILogger<SetupService> logger) : ISetupService
{
    private static readonly SemaphoreSlim OneAtATime = new(1, 1);

    public async Task<SetupResult> SetupAsync(SetupContext context, CancellationToken cancellationToken = default)
    {
        await OneAtATime.WaitAsync(cancellationToken);
        try
        {
            return await SetupCoreAsync(context, cancellationToken);
        }
        finally
        {
            OneAtATime.Release();
        }
    }

    private async Task<SetupResult> SetupCoreAsync(SetupContext context, CancellationToken cancellationToken)
    {
        var result = Validate(context);
        if (!result.Succeeded) return result;
        var recipe = recipes.Find(context.Recipe)!;

        var previous = shell.Current;
        var settings = new ShellSettings
        {
            State = ShellState.Initializing,
            DatabaseProvider = context.DatabaseProvider,
            ConnectionString = context.ConnectionString.Trim(),
        };
        shell.Use(settings);
        var createdDatabase = false;
        try
        {
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<ParticipationDbContext>();
            var creator = db.GetService<IRelationalDatabaseCreator>();
            try
            {
                if (!await creator.ExistsAsync(cancellationToken))
                {
                    await creator.CreateAsync(cancellationToken);
                    createdDatabase = true;
                }
                if (await HoldsASiteAsync(db, cancellationToken))
                    return result.Fail(nameof(context.ConnectionString), T["This database already holds a Participation site. Choose an empty database."]);
            }
            catch (Exception ex) when (ex is DbException or ArgumentException or InvalidOperationException or System.Net.Sockets.SocketException or TimeoutException)
            {
                logger.LogWarning(ex, "Setup could not reach the {Provider} database", context.DatabaseProvider);
                return result.Fail(nameof(context.ConnectionString), T["Could not connect to the database: {0}", ex.GetBaseException().Message]);
            }

            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await scope.ServiceProvider.GetRequiredService<DataMigrationRunner>().RunAsync(cancellationToken);
            var handlers = scope.ServiceProvider.GetServices<ISetupEventHandler>().ToList();
            foreach (var handler in handlers) await handler.SchemaCreatedAsync(context);

            var siteService = scope.ServiceProvider.GetRequiredService<ISiteService>();
            var site = await siteService.GetSettingsAsync();
            await siteService.UpdateSettingsAsync(site with { SiteName = context.SiteName.Trim() });

            try
            {
                await scope.ServiceProvider.GetRequiredService<IRecipeExecutor>().ExecuteAsync(recipe, new Dictionary<string, string>
                {
                    ["SiteName"] = context.SiteName,
                    ["AdminUserName"] = context.AdminUserName,
                    ["AdminEmail"] = context.AdminEmail,
                });
            }
            catch (RecipeExecutionException ex)
            {
                return result.Fail(nameof(context.Recipe), T["The recipe failed: {0}", ex.Message]);
            }

            foreach (var handler in handlers)
            {
                await handler.RecipeExecutedAsync(context, result);
                if (!result.Succeeded) return result;
            }

            await transaction.CommitAsync(cancellationToken);
            settings.State = ShellState.Running;
            await shell.SaveAsync(settings);
            // Several nodes: the keys this node made before the database existed go into it, for the others.
            services.GetService<Cluster.DatabaseKeyRepository>()?.ShareKeys(services.GetRequiredService<Microsoft.AspNetCore.DataProtection.KeyManagement.IKeyManager>(), DateTimeOffset.UtcNow);
            logger.LogInformation("Site {SiteName} set up on {Provider} with recipe {Recipe}", context.SiteName, context.DatabaseProvider, recipe.Name);
            return result;
        }
        finally
        {
            if (!result.Succeeded || shell.Current.State != ShellState.Running)
            {
                await UndoAsync(createdDatabase);
                shell.Use(previous);
            }
        }
    }

    public async Task<bool> JoinAsync(DatabaseProvider provider, string connectionString, CancellationToken cancellationToken = default)
    {
        // A SQLite file belongs to one node's data folder: there is nothing to join.
        if (provider != DatabaseProvider.Postgres || string.IsNullOrWhiteSpace(connectionString)) return false;
        await OneAtATime.WaitAsync(cancellationToken);
        var previous = shell.Current;
        try
        {
            if (shell.IsRunning) return true;
            var settings = new ShellSettings { State = ShellState.Initializing, DatabaseProvider = provider, ConnectionString = connectionString.Trim() };
            shell.Use(settings);
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<ParticipationDbContext>();
            if (!await db.Database.CanConnectAsync(cancellationToken) || !await HoldsASiteAsync(db, cancellationToken))
            {
                shell.Use(previous);
                return false;
            }
            settings.State = ShellState.Running;
            await shell.SaveAsync(settings);
            services.GetService<Cluster.DatabaseKeyRepository>()?.ShareKeys(services.GetRequiredService<Microsoft.AspNetCore.DataProtection.KeyManagement.IKeyManager>(), DateTimeOffset.UtcNow);
            logger.LogInformation("This node joined the site installed on {Provider}", provider);
            return true;
        }
        catch (Exception ex) when (ex is DbException or InvalidOperationException or System.Net.Sockets.SocketException or TimeoutException)
        {
            logger.LogWarning(ex, "Could not look for an installed site on {Provider}", provider);
            shell.Use(previous);
            return false;
        }
        finally
        {
            OneAtATime.Release();
        }
    }

    private SetupResult Validate(SetupContext context)
    {
        var result = new SetupResult();
        if (shell.IsRunning) return result.Fail("", T["This site is already set up."]);
        if (string.IsNullOrWhiteSpace(context.SiteName)) result.Fail(nameof(context.SiteName), T["Enter the site name."]);
        else if (context.SiteName.Trim().Length > 200) result.Fail(nameof(context.SiteName), T["The site name is at most 200 characters."]);
        if (string.IsNullOrWhiteSpace(context.AdminUserName)) result.Fail(nameof(context.AdminUserName), T["Enter the administrator's user name."]);
        if (string.IsNullOrWhiteSpace(context.AdminEmail) || !MailAddress.TryCreate(context.AdminEmail.Trim(), out _))
            result.Fail(nameof(context.AdminEmail), T["Enter a valid email address."]);
        if (string.IsNullOrEmpty(context.AdminPassword)) result.Fail(nameof(context.AdminPassword), T["Enter a password."]);
        var recipe = recipes.Find(context.Recipe ?? "");
        if (recipe is null || !recipe.IsSetupRecipe) result.Fail(nameof(context.Recipe), T["Unknown recipe '{0}'. Choose one of the recipes offered.", context.Recipe ?? ""]);
        if (context.DatabaseProvider == DatabaseProvider.Postgres && string.IsNullOrWhiteSpace(context.ConnectionString))
            result.Fail(nameof(context.ConnectionString), T["PostgreSQL needs a connection string."]);
        return result;
    }

    /// <summary>An existing site's tables mean this database is taken.</summary>
    private static async Task<bool> HoldsASiteAsync(ParticipationDbContext db, CancellationToken cancellationToken)
    {
        var sql = db.Database.IsSqlite()
            ? "SELECT COUNT(*) AS \"Value\" FROM sqlite_master WHERE type = 'table' AND name = 'ModuleSchemaVersions'"
            : "SELECT COUNT(*)::int AS \"Value\" FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = 'ModuleSchemaVersions'";
        var count = await db.Database.SqlQueryRaw<int>(sql).ToListAsync(cancellationToken);
        return count.Count > 0 && count[0] > 0;
    }

    /// <summary>The transaction already rolled back; remove a database this attempt created.</summary>
    private async Task UndoAsync(bool createdDatabase)
    {
        // Settings and role permissions cached during the failed attempt must not outlive it.
        switch (services.GetRequiredService<IMemoryCache>())
        {
            case MemoryCache cache: cache.Compact(1.0); break;
            case Cluster.ClusterMemoryCache cache: cache.Clear(); break;
        }
        if (!createdDatabase) return;
        try
        {
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<ParticipationDbContext>();
            if (db.Database.IsSqlite()) SqliteConnection.ClearAllPools();
            await db.GetService<IRelationalDatabaseCreator>().DeleteAsync();
        }
        catch (Exception ex)
        {
            logger.LogWarning(ex, "Setup failed and could not remove the database it created");
        }
    }
}
