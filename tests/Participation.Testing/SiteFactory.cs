using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using MimeKit;

namespace Participation.Testing;

/// <summary>
/// One Participation site on its own temp data folder. Without <see cref="SiteOptions.AutoSetup"/>
/// it starts uninstalled, at the setup page, as a newcomer's does.
/// </summary>
public sealed class SiteFactory(SiteOptions? options = null) : WebApplicationFactory<Program>
{
    public const string AdminUserName = "admin";
    public const string AdminEmail = "admin@ministry.example";
    public const string AdminPassword = "Admin-pass-2026";

    private readonly SiteOptions _options = options ?? new SiteOptions();

    public string DataPath { get; } = Directory.CreateTempSubdirectory("participation-test-").FullName;
    public string MailFolder => Path.Combine(DataPath, "mail");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Participation:DataPath", DataPath);
        builder.UseSetting("Participation:RateLimits:PublicWritePermitLimit", _options.PublicWritePermitLimit.ToString());
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
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
    public HttpClient CreateSiteClient() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>The emails the site wrote to its pickup folder, oldest first.</summary>
    public IReadOnlyList<MimeMessage> Mails() => Directory.Exists(MailFolder)
        ? Directory.GetFiles(MailFolder, "*.eml").Order(StringComparer.Ordinal).Select(f => MimeMessage.Load(f)).ToList()
        : [];

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        SqliteConnection.ClearAllPools();
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
    /// <summary>High by default so tests are not throttled; rate-limit tests lower it.</summary>
    public int PublicWritePermitLimit { get; init; } = 10_000;
}
