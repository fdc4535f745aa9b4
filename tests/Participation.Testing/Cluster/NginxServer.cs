using System.Net;
using System.Text.RegularExpressions;

namespace Participation.Testing.Cluster;

/// <summary>
/// nginx (Debian's package) in front of the nodes with the repository's
/// <c>deploy/nginx/participation.conf</c>: its upstream servers, listening ports and certificate
/// replaced by the test's (a throwaway self-signed one), everything else as shipped.
/// </summary>
public sealed partial class NginxServer : IAsyncDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("participation-nginx-").FullName;
    private ServerProcess? _process;

    public int HttpsPort { get; } = LocalPorts.Free();
    public int HttpPort { get; } = LocalPorts.Free();
    public Uri Address => new($"https://127.0.0.1:{HttpsPort}");

    /// <summary>Starts nginx in front of the nodes on <paramref name="nodePorts"/> (its own ports are chosen when it is made, so nodes can be told the public address first).</summary>
    public async Task StartAsync(IReadOnlyList<int> nodePorts)
    {
        if (!File.Exists("/usr/sbin/nginx")) throw new InvalidOperationException("nginx was not found. Install it with 'apt-get install nginx' (test.sh does).");
        var certificate = Path.Combine(_folder, "site.pem");
        var key = Path.Combine(_folder, "site.key");
        using (var openssl = ServerProcess.Start("openssl", $"req -x509 -newkey rsa:2048 -nodes -keyout {key} -out {certificate} -days 1 -subj /CN=127.0.0.1", _folder))
            for (var i = 0; i < 200 && !openssl.HasExited; i++) await Task.Delay(50);

        var site = await File.ReadAllTextAsync(DeployProfile.FilePath("nginx/participation.conf"));
        var upstream = UpstreamServer().Match(site);
        if (!upstream.Success) throw new InvalidOperationException("deploy/nginx/participation.conf has no 'server 127.0.0.1:PORT ...;' line in its upstream.");
        site = UpstreamServer().Replace(site, "");
        site = site.Replace("least_conn;", "least_conn;" + string.Concat(nodePorts.Select(p => $"\n    server 127.0.0.1:{p} {upstream.Groups["options"].Value};")));
        site = Replace(site, "listen 80;", $"listen 127.0.0.1:{HttpPort};");
        site = Replace(site, "listen 443 ssl;", $"listen 127.0.0.1:{HttpsPort} ssl;");
        site = CertificateLine().Replace(site, $"ssl_certificate {certificate};");
        site = CertificateKeyLine().Replace(site, $"ssl_certificate_key {key};");
        await File.WriteAllTextAsync(Path.Combine(_folder, "participation.conf"), site);
        await File.WriteAllTextAsync(Path.Combine(_folder, "nginx.conf"), $$"""
            {{(Environment.UserName == "root" ? "user root;" : "")}}
            daemon off;
            worker_processes 1;
            pid {{_folder}}/nginx.pid;
            error_log {{_folder}}/error.log warn;
            events { worker_connections 1024; }
            http {
                access_log off;
                client_body_temp_path {{_folder}}/body;
                proxy_temp_path {{_folder}}/proxy;
                fastcgi_temp_path {{_folder}}/fastcgi;
                uwsgi_temp_path {{_folder}}/uwsgi;
                scgi_temp_path {{_folder}}/scgi;
                include {{_folder}}/participation.conf;
            }
            """);
        _process = ServerProcess.Start("/usr/sbin/nginx", $"-p {_folder} -c {_folder}/nginx.conf", _folder);
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (!await ListensAsync())
        {
            if (_process.HasExited || DateTime.UtcNow > deadline)
                throw new InvalidOperationException($"nginx did not start: {_process.Output} {(File.Exists(Path.Combine(_folder, "error.log")) ? await File.ReadAllTextAsync(Path.Combine(_folder, "error.log")) : "")}");
            await Task.Delay(50);
        }
    }

    private static string Replace(string text, string shipped, string test)
        => text.Contains(shipped, StringComparison.Ordinal) ? text.Replace(shipped, test) : throw new InvalidOperationException($"deploy/nginx/participation.conf no longer has '{shipped}'.");

    private async Task<bool> ListensAsync()
    {
        try
        {
            using var client = new System.Net.Sockets.TcpClient();
            await client.ConnectAsync("127.0.0.1", HttpsPort);
            return true;
        }
        catch (System.Net.Sockets.SocketException) { return false; }
    }

    /// <summary>A visitor through the proxy, over HTTPS (the throwaway certificate accepted).</summary>
    public HttpClient CreateClient(CookieContainer? cookies = null) => new(new SocketsHttpHandler
    {
        AllowAutoRedirect = false,
        UseCookies = true,
        CookieContainer = cookies ?? new CookieContainer(),
        SslOptions = { RemoteCertificateValidationCallback = (_, _, _, _) => true },
    }) { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(30) };

    [GeneratedRegex(@"\n\s*server 127\.0\.0\.1:\d+ (?<options>[^;]*);")]
    private static partial Regex UpstreamServer();

    [GeneratedRegex(@"ssl_certificate [^;]+;")]
    private static partial Regex CertificateLine();

    [GeneratedRegex(@"ssl_certificate_key [^;]+;")]
    private static partial Regex CertificateKeyLine();

    public async ValueTask DisposeAsync()
    {
        if (_process is not null)
        {
            await _process.KillAsync();
            _process.Dispose();
        }
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }
}
