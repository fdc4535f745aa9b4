using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Participation.Data;
using Participation.Testing;
using Participation.Testing.Cluster;

namespace Participation.IntegrationTests.Cluster;

/// <summary>
/// The production profile on one machine: PostgreSQL, Redis, a real SMTP server, three web nodes
/// started from <c>deploy/</c> as separate processes (so a test may kill one), and nginx in front
/// of them with <c>deploy/nginx/participation.conf</c>. A fourth, in-process node joined to the
/// same database seeds accounts and reads the database for the assertions.
/// </summary>
public sealed class SiteCluster : IAsyncLifetime
{
    private readonly string _files = Directory.CreateTempSubdirectory("participation-files-").FullName;

    public PostgresServer Postgres { get; } = new();
    public RedisServer Redis { get; } = new();
    public NginxServer Nginx { get; } = new();
    public SmtpTestServer Smtp { get; private set; } = null!;
    public IReadOnlyList<ClusterNode> Nodes { get; private set; } = [];
    public SiteFactory Observer { get; private set; } = null!;
    public string ConnectionString { get; private set; } = "";

    public async Task InitializeAsync()
    {
        await Postgres.InitializeAsync();
        await Redis.StartAsync();
        Smtp = await SmtpTestServer.StartNewAsync();
        ConnectionString = Postgres.ConnectionString("participation_cluster") + ";Timeout=5;Command Timeout=30";
        Nodes = [.. Enumerable.Range(1, 3).Select(n => new ClusterNode(n, DeployProfile.NodeEnvironment(n, Replacements(), TestSettings())))];
        // The first installs the site; the others, started together, join it.
        await Nodes[0].StartAsync();
        await Task.WhenAll(Nodes.Skip(1).Select(n => n.StartAsync()));
        await Nginx.StartAsync([.. Nodes.Select(n => n.Port)]);

        var observerSettings = new Dictionary<string, string>(Smtp.SiteSettings)
        {
            ["Participation:Redis"] = Redis.Configuration,
            ["Participation:DataProtection:Keys"] = "Database",
            ["Participation:FileStore:Provider"] = "Database",
            ["Participation:Email:LeaseSeconds"] = "10",
        };
        Observer = new SiteFactory(new SiteOptions { AutoSetup = true, DatabaseProvider = "Postgres", ConnectionString = ConnectionString, Settings = observerSettings });
        Observer.CreateClient();
    }

    /// <summary>The profile's machine-specific values, for this machine's servers.</summary>
    private Dictionary<string, string> Replacements()
    {
        var port = LocalPorts.Free();
        return new()
        {
            ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}",
            ["Participation__DataPath"] = Directory.CreateTempSubdirectory("participation-node-").FullName,
            ["Participation__PublicUrl"] = Nginx.Address.ToString().TrimEnd('/'),
            ["Participation__AutoSetup__ConnectionString"] = ConnectionString,
            ["Participation__AutoSetup__AdminPassword"] = SiteFactory.AdminPassword,
            ["Participation__Redis"] = Redis.Configuration,
            ["Participation__FileStore__Path"] = _files,
        };
    }

    /// <summary>Beyond the profile: the test SMTP server, quick polling, short mail and workflow leases (a killed node's claims pass on in seconds), no rate limit on the load, files in the database, metrics on.</summary>
    private Dictionary<string, string> TestSettings() => new(Smtp.SiteSettings.Select(s => KeyValuePair.Create(s.Key.Replace(":", "__"), s.Value)))
    {
        ["Participation__Email__PollMilliseconds"] = "100",
        ["Participation__Email__RetryBaseSeconds"] = "0.5",
        ["Participation__Email__LeaseSeconds"] = "10",
        ["Participation__Workflows__PollMilliseconds"] = "100",
        ["Participation__Workflows__LeaseSeconds"] = "10",
        ["Participation__RateLimits__PermitLimit"] = "100000",
        ["Participation__Lockout__MaxFailedAttemptsPerAddress"] = "100000",
        // No shared folder: the uploads in the database (the profile's folder is then unused).
        ["Participation__FileStore__Provider"] = "Database",
        // Scraped by the tests from this machine, as Prometheus would from the monitoring host.
        ["Participation__Telemetry__Metrics"] = "true",
    };

    public async Task<HttpClient> AdminAsync(ClusterNode node, CookieContainer? cookies = null)
    {
        var client = node.CreateClient(cookies);
        await client.SignInAsync(SiteFactory.AdminUserName, SiteFactory.AdminPassword);
        return client;
    }

    public async Task<HttpClient> AdminThroughProxyAsync()
    {
        var client = Nginx.CreateClient();
        await client.SignInAsync(SiteFactory.AdminUserName, SiteFactory.AdminPassword);
        return client;
    }

    public async Task<T> QueryAsync<T>(Func<IDataSession, Task<T>> query)
    {
        await using var scope = Observer.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<IDataSession>());
    }

    public async Task DisposeAsync()
    {
        Observer?.Dispose();
        await Nginx.DisposeAsync();
        foreach (var node in Nodes) await node.DisposeAsync();
        await Smtp.DisposeAsync();
        await Redis.DisposeAsync();
        await Postgres.DisposeAsync();
        try { Directory.Delete(_files, recursive: true); } catch (IOException) { }
    }
}
