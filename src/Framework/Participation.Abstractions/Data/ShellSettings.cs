namespace Participation.Data;

public enum ShellState { Uninitialized, Initializing, Running }

/// <summary>
/// Where the site's data lives and whether it is set up, kept in <c>site.json</c> in the
/// data folder (Orchard's tenant settings, for a single site).
/// </summary>
public sealed class ShellSettings
{
    public ShellState State { get; set; } = ShellState.Uninitialized;
    public DatabaseProvider DatabaseProvider { get; set; } = DatabaseProvider.Sqlite;
    public string ConnectionString { get; set; } = "";
}

public interface IShellSettingsStore
{
    /// <summary>The data folder (<c>Participation:DataPath</c>).</summary>
    string DataPath { get; }
    ShellSettings Current { get; }
    bool IsRunning => Current.State == ShellState.Running;
    /// <summary>Uses these settings from now on, without saving them (setup in progress).</summary>
    void Use(ShellSettings settings);
    Task SaveAsync(ShellSettings settings);
    /// <summary>The SQLite connection string for the data folder's database file.</summary>
    string DefaultSqliteConnectionString { get; }
}
