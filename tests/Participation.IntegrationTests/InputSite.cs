using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Participation.Testing;

namespace Participation.IntegrationTests;

/// <summary>A set-up site whose logged errors the tests read.</summary>
public sealed class InputSite : IDisposable
{
    public LoggedErrors Log { get; } = new();
    public SiteFactory Site { get; }

    public InputSite() => Site = new(new SiteOptions
    {
        AutoSetup = true,
        Services = services => services.AddSingleton<ILoggerProvider>(Log),
    });

    public async Task<HttpClient> AdminAsync()
    {
        var client = Site.CreateSiteClient();
        await client.SignInAsync(SiteFactory.AdminUserName, SiteFactory.AdminPassword);
        return client;
    }

    public void Dispose() => Site.Dispose();
}
