using Participation.Data;

namespace Participation.UnitTests;

/// <summary>A set-up site's data folder at a temp path, for services that keep files there.</summary>
internal sealed class DataFolder(string path) : IShellSettingsStore
{
    public string DataPath => path;
    public ShellSettings Current => new();
    public string DefaultSqliteConnectionString => "";
    public void Use(ShellSettings settings) { }
    public Task SaveAsync(ShellSettings settings) => Task.CompletedTask;
}
