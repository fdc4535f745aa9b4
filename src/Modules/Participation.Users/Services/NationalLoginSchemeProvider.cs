using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.Options;

namespace Participation.Users.Services;

/// <summary>
/// The host's schemes plus one OpenID Connect scheme per configured national login provider
/// (<c>NationalLogin.{key}</c>), so providers added in the admin or by a recipe work without a
/// restart. Their options come from <see cref="NationalLoginOptionsSetup"/>.
/// </summary>
public sealed class NationalLoginSchemeProvider(IOptions<AuthenticationOptions> options, NationalLoginSchemes schemes) : AuthenticationSchemeProvider(options)
{
    public override async Task<AuthenticationScheme?> GetSchemeAsync(string name)
        => await base.GetSchemeAsync(name) ?? (await NationalSchemesAsync()).FirstOrDefault(s => s.Name == name);

    public override async Task<IEnumerable<AuthenticationScheme>> GetAllSchemesAsync()
        => [.. await base.GetAllSchemesAsync(), .. await NationalSchemesAsync()];

    public override async Task<IEnumerable<AuthenticationScheme>> GetRequestHandlerSchemesAsync()
        => [.. await base.GetRequestHandlerSchemesAsync(), .. await NationalSchemesAsync()];

    private async Task<IEnumerable<AuthenticationScheme>> NationalSchemesAsync()
        => (await schemes.GetAsync()).Providers.Select(p => new AuthenticationScheme(p.SchemeName, p.LabelEn, typeof(OpenIdConnectHandler)));
}
