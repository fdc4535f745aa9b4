using System.Net;
using System.Text.Json;

namespace Participation.Testing.Cluster;

/// <summary>
/// One web node as its own process (<c>dotnet Participation.Web.dll</c>, as the systemd unit
/// starts it) on a free loopback port and a data folder of its own, so a test can kill it.
/// </summary>
public sealed class ClusterNode(int number, Dictionary<string, string> environment) : IAsyncDisposable
{
    private ServerProcess? _process;

    public int Number => number;
    public int Port { get; } = new Uri(environment["ASPNETCORE_URLS"]).Port;
    public Uri Address => new($"http://127.0.0.1:{Port}");
    public string DataPath => environment["Participation__DataPath"];
    public bool IsRunning => _process is { HasExited: false };
    public string Output => _process?.Output ?? "";
    public IReadOnlyList<string> LogLinesWith(string text) => _process?.LinesWith(text) ?? [];

    /// <summary>Starts the process and waits until <c>/health</c> says <paramref name="until"/> (Healthy: database and Redis answer).</summary>
    public async Task StartAsync(string until = "Healthy", TimeSpan? patience = null)
    {
        var (program, arguments) = DeployProfile.ExecStart();
        _process = ServerProcess.Start(program, arguments, DeployProfile.WebOutput, environment);
        var deadline = DateTime.UtcNow + (patience ?? TimeSpan.FromSeconds(90));
        using var client = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(5) };
        while (await HealthAsync(client) != until)
        {
            if (_process.HasExited) throw new InvalidOperationException($"Node {number} exited while starting: {_process.Output}");
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"Node {number} was not {until} in time: {_process.Output}");
            await Task.Delay(100);
        }
    }

    /// <summary>The status <c>/health</c> reports, or null when the node does not answer.</summary>
    public static async Task<string?> HealthAsync(HttpClient client)
    {
        try
        {
            using var response = await client.GetAsync("/health");
            using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            return json.RootElement.GetProperty("status").GetString();
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or JsonException) { return null; }
    }

    public Task KillAsync() => _process?.KillAsync() ?? Task.CompletedTask;

    public Task TerminateAsync() => _process?.TerminateAsync(TimeSpan.FromSeconds(45)) ?? Task.CompletedTask;

    /// <summary>A client of this node that does not follow redirects; pass one cookie jar to several nodes to be one person moving between them.</summary>
    public HttpClient CreateClient(CookieContainer? cookies = null) => new(new SocketsHttpHandler
    {
        AllowAutoRedirect = false,
        UseCookies = true,
        CookieContainer = cookies ?? new CookieContainer(),
    }) { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(30) };

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        _process?.Dispose();
        try { Directory.Delete(DataPath, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
