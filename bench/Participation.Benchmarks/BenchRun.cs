using System.Data.Common;
using System.Net;
using System.Net.Sockets;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Participation.Benchmarks;

/// <summary>What every case works with: the site process, the bare endpoint, the table, the database.</summary>
public sealed class BenchRun(BenchOptions options, SiteProcess site, BareServer bare, ResultTable table, string databaseProvider, string connectionString)
{
    public const string CitizenPassword = "Citizen-pass-2026";

    public BenchOptions Options => options;
    public SiteProcess Site => site;
    public BareServer Bare => bare;
    public ResultTable Table => table;
    public TimeSpan Duration => TimeSpan.FromSeconds(options.Seconds);
    public TimeSpan WarmUp => TimeSpan.FromSeconds(options.WarmUpSeconds);
    /// <summary>Citizens the seeder made, signed in by the signed-in and vote cases (logins from CitizenFiller).</summary>
    public Participation.Testing.Seeding.SeedPlan Citizens { get; set; } = new();

    /// <summary>A warm-up, then the measured GET load (wrk, or the built-in client).</summary>
    public async Task<LoadResult> GetLoadAsync(string url, string? cookie = null, int? connections = null)
    {
        var c = connections ?? options.Connections;
        await WarmUpAsync(url, cookie, c);
        return await (options.UseWrk ? Wrk.GetAsync(url, Duration, c, cookie) : HttpLoad.GetAsync(url, Duration, c, cookie));
    }

    /// <summary>The warm-up alone: load without a measure.</summary>
    public async Task WarmUpAsync(string url, string? cookie = null, int? connections = null)
    {
        if (options.WarmUpSeconds <= 0) return;
        var c = connections ?? options.Connections;
        _ = options.UseWrk ? await Wrk.GetAsync(url, WarmUp, c, cookie) : await HttpLoad.GetAsync(url, WarmUp, c, cookie);
    }

    /// <summary>Runs <paramref name="load"/> against the site and samples its RSS meanwhile: the highest value seen.</summary>
    public async Task<(T Result, double RssMb)> WithRssAsync<T>(Func<Task<T>> load)
    {
        using var stop = new CancellationTokenSource();
        var peak = site.ResidentMegabytes();
        var sampler = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                peak = Math.Max(peak, site.ResidentMegabytes());
                try { await Task.Delay(100, stop.Token); } catch (TaskCanceledException) { }
            }
        });
        var result = await load();
        await stop.CancelAsync();
        await sampler;
        return (result, Math.Max(peak, site.ResidentMegabytes()));
    }

    /// <summary>A client of the site that keeps cookies and does not follow redirects; from <paramref name="local"/> (a loopback address) when given, since limits count per address.</summary>
    public HttpClient Client(IPAddress? local = null) => Client(new CookieContainer(), local);

    public HttpClient Client(CookieContainer cookies, IPAddress? local = null)
    {
        var handler = new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = cookies };
        if (local is not null)
            handler.ConnectCallback = async (context, token) =>
            {
                var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                socket.Bind(new IPEndPoint(local, 0));
                await socket.ConnectAsync(context.DnsEndPoint, token);
                return new NetworkStream(socket, ownsSocket: true);
            };
        return new HttpClient(handler) { BaseAddress = new Uri(site.Url), Timeout = TimeSpan.FromMinutes(10) };
    }

    /// <summary>Signs a citizen in; returns the Cookie header their browser would send (for wrk and the load client).</summary>
    public async Task<string> SignedInCookieAsync(string login, string password)
    {
        var cookies = new CookieContainer();
        using var client = Client(cookies);
        await Participation.Testing.SiteClient.SignInAsync(client, login, password);
        return cookies.GetCookieHeader(new Uri(site.Url));
    }

    public DbConnection OpenDatabase()
    {
        DbConnection connection = databaseProvider == "Postgres"
            ? new NpgsqlConnection(connectionString)
            : new SqliteConnection($"Data Source={Path.Combine(site.DataPath, "participation.db")};Pooling=False");
        connection.Open();
        return connection;
    }

    public bool Postgres => databaseProvider == "Postgres";
}
