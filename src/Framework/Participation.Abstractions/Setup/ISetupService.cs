using Participation.Data;

namespace Participation.Setup;

/// <summary>What the setup page (or <c>Participation:AutoSetup</c>) asks for.</summary>
public sealed class SetupContext
{
    public string SiteName { get; set; } = "";
    public string AdminUserName { get; set; } = "";
    public string AdminEmail { get; set; } = "";
    public string AdminPassword { get; set; } = "";
    public string Recipe { get; set; } = "";
    public DatabaseProvider DatabaseProvider { get; set; } = DatabaseProvider.Sqlite;
    /// <summary>Required for PostgreSQL; for SQLite, empty means the data folder's file.</summary>
    public string ConnectionString { get; set; } = "";
}

public sealed class SetupResult
{
    /// <summary>Localised messages keyed by the <see cref="SetupContext"/> property they concern ("" for the form).</summary>
    public Dictionary<string, List<string>> Errors { get; } = [];
    public string? AdminUserId { get; set; }
    public bool Succeeded => Errors.Count == 0;

    public SetupResult Fail(string field, string message)
    {
        if (!Errors.TryGetValue(field, out var list)) Errors[field] = list = [];
        list.Add(message);
        return this;
    }
}

public interface ISetupService
{
    /// <summary>
    /// Creates the database, runs every module's migrations, the recipe and the modules'
    /// <see cref="ISetupEventHandler"/>s (the default roles, the admin account) in one transaction. On any error nothing is left behind and the
    /// site stays uninstalled.
    /// </summary>
    Task<SetupResult> SetupAsync(SetupContext context, CancellationToken cancellationToken = default);

    /// <summary>
    /// Another node of the site: when the PostgreSQL database already holds the installed site,
    /// this node uses it from now on (and says so in its <c>site.json</c>) and returns true;
    /// otherwise nothing changes.
    /// </summary>
    Task<bool> JoinAsync(DatabaseProvider provider, string connectionString, CancellationToken cancellationToken = default);
}
