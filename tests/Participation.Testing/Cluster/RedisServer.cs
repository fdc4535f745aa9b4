namespace Participation.Testing.Cluster;

/// <summary>
/// A throwaway Redis (Debian's redis-server) on a free loopback port, nothing written to disk.
/// Tests stop and start it to play an outage; it comes back empty, as a Redis without persistence does.
/// </summary>
public sealed class RedisServer : IAsyncDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("participation-redis-").FullName;
    private ServerProcess? _process;

    public int Port { get; } = LocalPorts.Free();

    /// <summary>What <c>Participation:Redis</c> is set to.</summary>
    public string Configuration => $"127.0.0.1:{Port}";

    public async Task StartAsync()
    {
        if (!File.Exists("/usr/bin/redis-server")) throw new InvalidOperationException("redis-server was not found. Install it with 'apt-get install redis-server' (test.sh does).");
        _process = ServerProcess.Start("/usr/bin/redis-server", $"--port {Port} --bind 127.0.0.1 --save \"\" --appendonly no --dir {_folder}", _folder);
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (!await AnswersAsync())
        {
            if (_process.HasExited || DateTime.UtcNow > deadline) throw new InvalidOperationException($"Redis did not start: {_process.Output}");
            await Task.Delay(50);
        }
    }

    public async Task StopAsync()
    {
        if (_process is null) return;
        await _process.KillAsync();
        _process.Dispose();
        _process = null;
    }

    private async Task<bool> AnswersAsync()
    {
        try
        {
            using var client = new System.Net.Sockets.TcpClient();
            await client.ConnectAsync("127.0.0.1", Port);
            var stream = client.GetStream();
            await stream.WriteAsync("PING\r\n"u8.ToArray());
            var buffer = new byte[16];
            var read = await stream.ReadAsync(buffer);
            return System.Text.Encoding.ASCII.GetString(buffer, 0, read).StartsWith("+PONG", StringComparison.Ordinal);
        }
        catch (System.Net.Sockets.SocketException) { return false; }
        catch (IOException) { return false; }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }
}
