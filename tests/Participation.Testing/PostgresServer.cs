using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Participation.Testing;

/// <summary>
/// A throwaway PostgreSQL server from the machine's own binaries (Debian's postgresql
/// package): initdb into a temp folder, start on a free loopback port, stop and delete at the
/// end. As root it runs the server as the <c>postgres</c> user, as PostgreSQL requires.
/// </summary>
public sealed class PostgresServer : IAsyncLifetime
{
    private string _dataDir = "";
    private string _root = "";
    private string _binDir = "";
    private bool _asPostgresUser;

    public int Port { get; private set; }

    /// <summary>A connection string for a database of this name (setup creates it when missing).</summary>
    public string ConnectionString(string database) => $"Host=127.0.0.1;Port={Port};Username=postgres;Database={database};Pooling=true";

    public async Task InitializeAsync()
    {
        _binDir = FindBinaries();
        _asPostgresUser = Environment.UserName == "root";
        var root = _root = Directory.CreateTempSubdirectory("participation-pg-").FullName;
        _dataDir = Path.Combine(root, "data");
        Port = FreePort();
        if (_asPostgresUser)
        {
            await RunAsync("chown", $"-R postgres {root}");
            await RunAsync("chmod", $"755 {root}");
        }
        await RunPostgresAsync("initdb", $"-D {_dataDir} -A trust -U postgres -E UTF8 --locale=C.UTF-8 --no-sync");
        await StartAsync();
    }

    /// <summary>Starts the server again after <see cref="StopAsync"/>, on the same port and data.</summary>
    public Task StartAsync()
        => RunPostgresAsync("pg_ctl", $"-D {_dataDir} -l {Path.Combine(_root, "server.log")} -w -t 60 -o \"-p {Port} -k {_root} -c listen_addresses=127.0.0.1 -c fsync=off\" start");

    /// <summary>Stops the server as an outage would: connections are cut, nothing waits for them.</summary>
    public Task StopAsync() => RunPostgresAsync("pg_ctl", $"-D {_dataDir} -m fast -w stop");

    public async Task DisposeAsync()
    {
        if (_dataDir.Length == 0) return;
        try { await RunPostgresAsync("pg_ctl", $"-D {_dataDir} -m immediate -w stop"); }
        finally { try { Directory.Delete(Path.GetDirectoryName(_dataDir)!, recursive: true); } catch (IOException) { } }
    }

    private static string FindBinaries()
    {
        var candidates = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin")).OrderDescending()
            : Enumerable.Empty<string>();
        return candidates.FirstOrDefault(d => File.Exists(Path.Combine(d, "initdb")))
            ?? throw new InvalidOperationException("PostgreSQL server binaries were not found under /usr/lib/postgresql. Install them with 'apt-get install postgresql' (.ci/run does).");
    }

    private Task RunPostgresAsync(string tool, string arguments) => _asPostgresUser
        ? RunAsync("runuser", $"-u postgres -- {Path.Combine(_binDir, tool)} {arguments}")
        : RunAsync(Path.Combine(_binDir, tool), arguments);

    private static async Task RunAsync(string file, string arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(file, arguments) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = "/tmp" })!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0) throw new InvalidOperationException($"'{file} {arguments}' failed ({process.ExitCode}): {await stderr} {await stdout}");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
