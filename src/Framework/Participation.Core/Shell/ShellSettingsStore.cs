using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Participation.Data;

namespace Participation.Shell;

/// <summary>Keeps <see cref="ShellSettings"/> in <c>{DataPath}/site.json</c>.</summary>
public sealed class ShellSettingsStore : IShellSettingsStore
{
    private static readonly JsonSerializerOptions JsonOptions = new() { WriteIndented = true, Converters = { new JsonStringEnumConverter() } };
    private readonly string _file;
    private volatile ShellSettings _current;

    public ShellSettingsStore(IConfiguration configuration, IHostEnvironment environment)
    {
        var configured = configuration["Participation:DataPath"];
        DataPath = Path.GetFullPath(string.IsNullOrWhiteSpace(configured)
            ? Path.Combine(environment.ContentRootPath, "App_Data")
            : Path.Combine(environment.ContentRootPath, configured));
        Directory.CreateDirectory(DataPath);
        _file = Path.Combine(DataPath, "site.json");
        _current = File.Exists(_file)
            ? JsonSerializer.Deserialize<ShellSettings>(File.ReadAllText(_file), JsonOptions) ?? new ShellSettings()
            : new ShellSettings();
    }

    public string DataPath { get; }
    public ShellSettings Current => _current;
    // A private cache per connection: with WAL, readers never wait for the writer (a shared
    // cache locks whole tables between connections, so every read queued behind each vote).
    public string DefaultSqliteConnectionString => $"Data Source={Path.Combine(DataPath, "participation.db")};Pooling=True";

    public void Use(ShellSettings settings) => _current = settings;

    public async Task SaveAsync(ShellSettings settings)
    {
        var temp = _file + ".tmp";
        await File.WriteAllTextAsync(temp, JsonSerializer.Serialize(settings, JsonOptions));
        File.Move(temp, _file, overwrite: true);
        _current = settings;
    }
}
