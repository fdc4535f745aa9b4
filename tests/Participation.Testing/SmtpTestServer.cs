using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Reflection;
using System.Text.Json;
using MimeKit;

namespace Participation.Testing;

/// <summary>
/// A real SMTP server on a loopback port (npm's smtp-server, run by Node). Tests stop and
/// start it to play an outage; messages survive in its folder across restarts.
/// </summary>
public sealed class SmtpTestServer : IMailbox, IAsyncDisposable
{
    private static readonly string ScriptDirectory = typeof(SmtpTestServer).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .First(a => a.Key == "SmtpServerDirectory").Value!;
    private readonly string _folder = Directory.CreateTempSubdirectory("participation-smtp-").FullName;
    private Process? _process;

    public int Port { get; } = FreePort();

    public static async Task<SmtpTestServer> StartNewAsync()
    {
        var server = new SmtpTestServer();
        await server.StartAsync();
        return server;
    }

    public async Task StartAsync()
    {
        if (_process is { HasExited: false }) return;
        var info = new ProcessStartInfo("node", $"server.js {Port} {_folder}") { WorkingDirectory = ScriptDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        _process = Process.Start(info) ?? throw new InvalidOperationException("Could not start node for the test SMTP server.");
        var ready = _process.StandardOutput.ReadLineAsync();
        if (await Task.WhenAny(ready, Task.Delay(15_000)) != ready || await ready != "listening")
            throw new InvalidOperationException($"The test SMTP server did not start: {await _process.StandardError.ReadToEndAsync()}");
    }

    public async Task StopAsync()
    {
        if (_process is null || _process.HasExited) return;
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    public string Name => "the SMTP server";

    /// <summary>From now on the server refuses mail to <paramref name="address"/> for good (550, as for an unknown mailbox).</summary>
    public void Refuse(string address) => File.AppendAllText(Path.Combine(_folder, "refused.txt"), address + "\n");

    /// <summary>The text the server answers a refused recipient with.</summary>
    public static string RefusalText(string address) => $"<{address}>: no such mailbox here";

    /// <summary>The messages received so far, with the envelope recipients (Bcc included).</summary>
    public IReadOnlyList<ReceivedMail> Mails => Directory.GetFiles(_folder, "*.eml")
        .Select(f => new ReceivedMail(MimeMessage.Load(f), JsonSerializer.Deserialize<Envelope>(File.ReadAllText(Path.ChangeExtension(f, ".json")), JsonOptions)!))
        .ToList();

    /// <summary>Configuration that points a site at this server.</summary>
    public Dictionary<string, string> SiteSettings => new()
    {
        ["Participation:Email:Smtp:Host"] = "127.0.0.1",
        ["Participation:Email:Smtp:Port"] = Port.ToString(),
        ["Participation:Email:Smtp:Security"] = "None",
        ["Participation:Email:Sender"] = "participation@ministry.example",
    };

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
