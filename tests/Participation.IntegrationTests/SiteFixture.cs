using Participation.Testing;

namespace Participation.IntegrationTests;

/// <summary>A site set up from the Participation recipe, shared by the tests of one class.</summary>
public sealed class SetUpSite : IDisposable
{
    public SetUpSite() : this(new SiteOptions { AutoSetup = true }) { }

    /// <summary>The same on other options (PostgreSQL); not a class fixture, the test that makes it disposes it.</summary>
    internal SetUpSite(SiteOptions options) => Site = new SiteFactory(options);

    public SiteFactory Site { get; }

    public async Task<HttpClient> AdminAsync()
    {
        var client = Site.CreateSiteClient();
        await client.SignInAsync(SiteFactory.AdminUserName, SiteFactory.AdminPassword);
        return client;
    }

    /// <summary>A staff account with the given role, created through the users admin.</summary>
    public async Task<HttpClient> StaffAsync(string role)
    {
        var admin = await AdminAsync();
        var name = $"{role.ToLowerInvariant()}{Guid.NewGuid():N}"[..20];
        var response = await admin.SubmitFormAsync("/admin/users/create", new Dictionary<string, string>
        {
            // The display name is shown publicly, so a random id's digit runs could read as a phone number and be refused.
            ["UserName"] = name, ["DisplayName"] = role, ["Email"] = $"{name}@ministry.example", ["Password"] = "Staff-pass-2026", ["Roles"] = role,
        });
        if (response.StatusCode != System.Net.HttpStatusCode.Redirect) throw new InvalidOperationException($"Creating {role} failed: {string.Join(" | ", (await response.ReadDocumentAsync()).ValidationMessages())}");
        var client = Site.CreateSiteClient();
        await client.SignInAsync(name, "Staff-pass-2026");
        return client;
    }

    public async Task<HttpClient> CitizenAsync(string? email = null)
    {
        var client = Site.CreateSiteClient();
        await client.RegisterCitizenAsync(Site, email ?? $"citizen-{Guid.NewGuid():N}@mail.example", "Citizen-pass-1");
        return client;
    }

    public void Dispose() => Site.Dispose();
}
