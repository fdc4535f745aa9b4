using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Reflection;
using Participation.Testing;

namespace Participation.Benchmarks;

/// <summary>
/// The site as its own process (<c>dotnet Participation.Web.dll</c>, Production environment), so its
/// RSS and start time are its own: published as an installed site is (ReadyToRun for linux-x64,
/// <see cref="PublishAsync"/>), or this configuration's build output (smoke, <c>--build-output</c>).
/// It sets itself up from configuration with the sample recipe on the first start.
/// </summary>
public sealed class SiteProcess : IAsyncDisposable
{
    private readonly Dictionary<string, string> _environment;
    private Process? _process;

    private string _folder = Path.Combine(RepositoryRoot.Path, "src", "Participation.Web", "bin", Configuration, "net10.0");

    public SiteProcess(string dataPath, string databaseProvider, string connectionString, string gc = "host")
    {
        DataPath = dataPath;
        var port = FreePort();
        Url = $"http://127.0.0.1:{port}";
        _environment = new()
        {
            ["ASPNETCORE_URLS"] = Url, ["ASPNETCORE_ENVIRONMENT"] = "Production", ["Participation__DataPath"] = dataPath,
            // Every benchmark client is on this machine: the per-address limits would measure themselves.
            ["Participation__RateLimits__PermitLimit"] = "100000000", ["Participation__Lockout__MaxFailedAttemptsPerAddress"] = "100000000",
            ["Logging__LogLevel__Default"] = "Warning", ["Logging__LogLevel__Microsoft"] = "Warning",
            ["Participation__AutoSetup__SiteName"] = "وزارة القياس", ["Participation__AutoSetup__Recipe"] = "ParticipationSample",
            ["Participation__AutoSetup__AdminUserName"] = SiteFactory.AdminUserName, ["Participation__AutoSetup__AdminEmail"] = SiteFactory.AdminEmail,
            ["Participation__AutoSetup__AdminPassword"] = SiteFactory.AdminPassword,
            ["Participation__AutoSetup__DatabaseProvider"] = databaseProvider, ["Participation__AutoSetup__ConnectionString"] = connectionString,
        };
        if (gc != "host") _environment["DOTNET_gcServer"] = gc == "server" ? "1" : "0";
    }

    public string Url { get; }
    public string DataPath { get; }
    public int ProcessId => _process?.Id ?? 0;
    /// <summary>What runs: "published (ReadyToRun)" or "build output".</summary>
    public string Kind { get; private set; } = "build output";

    /// <summary>
    /// Publishes the site as the README's deployment does (<c>dotnet publish -c Release -r linux-x64
    /// --self-contained false</c>, which precompiles it) into the configuration's bin folder, and runs that.
    /// </summary>
    public async Task PublishAsync()
    {
        var folder = Path.Combine(RepositoryRoot.Path, "src", "Participation.Web", "bin", Configuration, "publish-linux-x64");
        var project = Path.Combine(RepositoryRoot.Path, "src", "Participation.Web");
        var publish = new ProcessStartInfo("dotnet", ["publish", project, "-c", Configuration, "-r", "linux-x64", "--self-contained", "false", "-o", folder, "-nologo", "-v", "quiet", "-clp:ErrorsOnly"])
            { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        using var process = Process.Start(publish)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0) throw new InvalidOperationException($"dotnet publish failed ({process.ExitCode}):\n{await output}{await errors}");
        (_folder, Kind) = (folder, "published (ReadyToRun)");
    }

    /// <summary>Starts the process; returns the time from process start to the first 200 from <c>/</c>.</summary>
    public async Task<TimeSpan> StartAsync(TimeSpan timeout)
    {
        var dll = Path.Combine(_folder, "Participation.Web.dll");
        if (!File.Exists(dll)) throw new InvalidOperationException($"{dll} is missing: build the solution in {Configuration} first.");
        var start = new ProcessStartInfo("dotnet", [dll]) { WorkingDirectory = _folder, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var (key, value) in _environment) start.Environment[key] = value;
        var log = new System.Text.StringBuilder();
        var watch = Stopwatch.StartNew();
        _process = Process.Start(start)!;
        _process.OutputDataReceived += (_, e) => { lock (log) log.AppendLine(e.Data); };
        _process.ErrorDataReceived += (_, e) => { lock (log) log.AppendLine(e.Data); };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        using var client = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false }) { Timeout = TimeSpan.FromSeconds(30) };
        while (watch.Elapsed < timeout)
        {
            if (_process.HasExited) throw new InvalidOperationException($"The site exited ({_process.ExitCode}) while starting:\n{log}");
            try
            {
                using var response = await client.GetAsync(Url + "/");
                if (response.StatusCode == HttpStatusCode.OK) return watch.Elapsed;
            }
            catch (HttpRequestException) { }
            await Task.Delay(20);
        }
        throw new TimeoutException($"The site did not answer 200 within {timeout.TotalSeconds} s:\n{log}");
    }

    /// <summary>The process's resident set now, in MB (Linux).</summary>
    public double ResidentMegabytes() => ProcStatus("VmRSS:");

    /// <summary>
    /// What the resident memory is made of now: anonymous (the GC heap and native allocations), files
    /// (the mapped assemblies and native libraries, clean pages shared with the page cache) and shared
    /// memory (the runtime maps the code it compiles twice, writable and executable, through a memfd).
    /// </summary>
    public string ResidentParts()
        => FormattableString.Invariant($"RSS {ResidentMegabytes():0} MB = anonymous {ProcStatus("RssAnon:"):0} + files {ProcStatus("RssFile:"):0} + shared (compiled code) {ProcStatus("RssShmem:"):0} MB; PSS {SmapsRollup("Pss:"):0} MB (files {SmapsRollup("Pss_File:"):0})");

    /// <summary>
    /// A field of /proc/pid/smaps_rollup in MB. PSS divides each shared page among the processes that map it,
    /// so the mapped framework files another .NET process also uses count by half: what this site adds to a machine.
    /// </summary>
    private double SmapsRollup(string field)
    {
        if (_process is null || _process.HasExited) return double.NaN;
        try
        {
            var line = File.ReadLines($"/proc/{_process.Id}/smaps_rollup").FirstOrDefault(l => l.StartsWith(field, StringComparison.Ordinal));
            return line is null ? double.NaN : double.Parse(line[field.Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) / 1024;
        }
        catch (IOException) { return double.NaN; }
    }

    /// <summary>CPU time the process used so far.</summary>
    public TimeSpan CpuTime() { _process!.Refresh(); return _process.TotalProcessorTime; }

    private double ProcStatus(string field)
    {
        if (_process is null || _process.HasExited) return double.NaN;
        var line = File.ReadLines($"/proc/{_process.Id}/status").FirstOrDefault(l => l.StartsWith(field, StringComparison.Ordinal));
        return line is null ? double.NaN : double.Parse(line[field.Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) / 1024;
    }

    public async Task StopAsync()
    {
        if (_process is null || _process.HasExited) return;
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
        _process.Dispose();
        _process = null;
    }

    public async ValueTask DisposeAsync() => await StopAsync();

    private static string Configuration => typeof(SiteProcess).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Release";

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
