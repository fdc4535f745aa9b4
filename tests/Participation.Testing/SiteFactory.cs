using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using MimeKit;

namespace Participation.Testing;

/// <summary>
/// One Participation site on its own temp data folder. Without <see cref="SiteOptions.AutoSetup"/>
/// it starts uninstalled, at the setup page, as a newcomer's does.
/// </summary>
public sealed class SiteFactory(SiteOptions? options = null) : WebApplicationFactory<Program>, IMailbox
{
    public const string AdminUserName = "admin";
    public const string AdminEmail = "admin@ministry.example";
    public const string AdminPassword = "Admin-pass-2026";

    private readonly SiteOptions _options = options ?? new SiteOptions();

    /// <summary>The site's data folder; pass <see cref="SiteOptions.DataPath"/> to start a second life of the same site.</summary>
    public string DataPath { get; } = options?.DataPath ?? Directory.CreateTempSubdirectory("participation-test-").FullName;
    public string MailFolder => Path.Combine(DataPath, "mail");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Participation:DataPath", DataPath);
        builder.UseSetting("Participation:RateLimits:PermitLimit", _options.RateLimitPermits.ToString());
        builder.UseSetting("Participation:Lockout:MaxFailedAttemptsPerAddress", _options.SignInFailuresPerAddress.ToString());
        builder.ConfigureTestServices(services => services.AddSingleton<IStartupFilter, ClientAddressStartupFilter>());
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        // Deliver queued mail at once and retry quickly, so tests do not wait on production pacing.
        builder.UseSetting("Participation:Email:PollMilliseconds", "100");
        builder.UseSetting("Participation:Email:RetryBaseSeconds", _options.EmailRetryBaseSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Participation:Workflows:PollMilliseconds", "100");
        builder.UseSetting("Participation:Transparency:ImpactReports:PollMilliseconds", "100");
        foreach (var (key, value) in _options.Settings) builder.UseSetting(key, value);
        if (_options.Clock is { } clock) builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(clock));
        if (_options.Services is { } configure) builder.ConfigureTestServices(configure);
        if (_options.AutoSetup)
        {
            builder.UseSetting("Participation:AutoSetup:SiteName", _options.SiteName);
            builder.UseSetting("Participation:AutoSetup:AdminUserName", AdminUserName);
            builder.UseSetting("Participation:AutoSetup:AdminEmail", AdminEmail);
            builder.UseSetting("Participation:AutoSetup:AdminPassword", AdminPassword);
            builder.UseSetting("Participation:AutoSetup:Recipe", _options.Recipe);
            builder.UseSetting("Participation:AutoSetup:DatabaseProvider", _options.DatabaseProvider);
            builder.UseSetting("Participation:AutoSetup:ConnectionString", _options.ConnectionString);
        }
    }

    /// <summary>A client that keeps cookies and does not follow redirects, so tests see where they lead.</summary>
    public HttpClient CreateSiteClient() => KestrelAddress is { } address
        ? new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new System.Net.CookieContainer() }) { BaseAddress = address }
        : CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>As <see cref="CreateSiteClient()"/>, for a visitor at <paramref name="address"/> (rate limits and sign-in throttling count per address).</summary>
    public HttpClient CreateSiteClient(System.Net.IPAddress address) => KestrelAddress is { } kestrel
        ? new HttpClient(new ClientAddressHandler(address) { InnerHandler = new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new System.Net.CookieContainer() } }) { BaseAddress = kestrel }
        : CreateDefaultClient(new Uri("http://localhost"), new Microsoft.AspNetCore.Mvc.Testing.Handlers.CookieContainerHandler(), new ClientAddressHandler(address));

    /// <summary>Set when the site is served by Kestrel (browser tests): clients then talk real HTTP to it.</summary>
    public Uri? KestrelAddress { get; set; }

    public string Name => "the pickup folder";

    /// <summary>The emails the site wrote to its pickup folder; their address headers stand for the envelope.</summary>
    public IReadOnlyList<ReceivedMail> Mails => Directory.Exists(MailFolder)
        ? Directory.GetFiles(MailFolder, "*.eml").Select(f => MimeMessage.Load(f)).Select(m => new ReceivedMail(m, new Envelope(
            m.From.Mailboxes.FirstOrDefault()?.Address, [.. m.To.Mailboxes.Concat(m.Cc.Mailboxes).Concat(m.Bcc.Mailboxes).Select(b => b.Address)], null))).ToList()
        : [];

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        SqliteConnection.ClearAllPools();
        if (_options.KeepData) return;
        try { Directory.Delete(DataPath, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}

public sealed class SiteOptions
{
    public bool AutoSetup { get; init; }
    public string SiteName { get; init; } = "وزارة الاختبار";
    public string Recipe { get; init; } = "Participation";
    public string DatabaseProvider { get; init; } = "Sqlite";
    public string ConnectionString { get; init; } = "";
    /// <summary>Posts per rate-limit policy and address; high by default so tests are not throttled, rate-limit tests lower it.</summary>
    public int RateLimitPermits { get; init; } = 10_000;
    /// <summary>High by default, as every test client shares one address; throttling tests lower it.</summary>
    public int SignInFailuresPerAddress { get; init; } = 10_000;
    public double EmailRetryBaseSeconds { get; init; } = 0.5;
    /// <summary>A clock the test moves by hand (closing dates, timers); the real one otherwise.</summary>
    public Microsoft.Extensions.Time.Testing.FakeTimeProvider? Clock { get; init; }
    /// <summary>An existing data folder: the site restarts on the data a previous factory left.</summary>
    public string? DataPath { get; init; }
    /// <summary>Leave the data folder when disposed, for a restart.</summary>
    public bool KeepData { get; init; }
    /// <summary>Services to add or replace after the site's own, e.g. a fault to inject.</summary>
    public Action<IServiceCollection>? Services { get; init; }
    /// <summary>Any other configuration, e.g. SMTP settings.</summary>
    public Dictionary<string, string> Settings { get; init; } = [];
}
