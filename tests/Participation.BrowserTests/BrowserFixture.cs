using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Participation.Testing;

namespace Participation.BrowserTests;

/// <summary>
/// Debian's Chromium (/usr/bin/chromium) driven by Playwright, headless, with the flags this
/// closed network needs. Playwright never downloads a browser here.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>Screenshots land here for a person to look at after a run.</summary>
    public static string ArtifactsPath { get; } = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "artifacts")).FullName;

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
            throw new InvalidOperationException($"{ChromiumPath} is missing. Install Debian's chromium package ('apt-get install chromium'; .ci/run does).");
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        _playwright?.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser";
}

/// <summary>A site served by Kestrel on a free loopback port, for the browser to reach.</summary>
public sealed class ServedSite : IDisposable
{
    public SiteFactory Site { get; }
    public string BaseUrl { get; }

    public ServedSite(SiteOptions? options = null)
    {
        Site = new SiteFactory(options);
        Site.UseKestrel(0);
        Site.StartServer();
        BaseUrl = Site.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().Replace("[::]", "127.0.0.1").TrimEnd('/');
        Site.KestrelAddress = new Uri(BaseUrl);
    }

    public void Dispose() => Site.Dispose();
}

/// <summary>Fails a test on any script error or console error the page raises.</summary>
public sealed class ConsoleWatch
{
    private readonly List<string> _errors = [];

    public ConsoleWatch(IPage page)
    {
        page.Console += (_, message) => { if (message.Type == "error") _errors.Add(message.Text); };
        page.PageError += (_, error) => _errors.Add(error);
        // Name the address behind a "Failed to load resource" message.
        page.Response += (_, response) => { if (response.Status >= 400) _errors.Add($"{response.Status} {response.Url}"); };
    }

    public void AssertClean() => Assert.True(_errors.Count == 0, "The page logged errors: " + string.Join(" | ", _errors));
}
