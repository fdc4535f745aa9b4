using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Participation.Data;
using Participation.Users.Models;

namespace Participation.Users.Services;

/// <summary>
/// The national login settings in force, read once and kept until they are saved again: the
/// authentication schemes (<see cref="NationalLoginSchemeProvider"/>) and their options
/// (<see cref="NationalLoginOptionsSetup"/>) are built from this copy on every request.
/// </summary>
public sealed class NationalLoginSchemes(IServiceScopeFactory scopes, IShellSettingsStore shell, IOptionsMonitorCache<OpenIdConnectOptions> optionsCache)
{
    private static readonly NationalLoginSettings Off = new();
    private volatile NationalLoginSettings? _current;

    public async Task<NationalLoginSettings> GetAsync()
    {
        if (_current is { } current) return current;
        if (!shell.IsRunning) return Off;
        await using var scope = scopes.CreateAsyncScope();
        return _current = await scope.ServiceProvider.GetRequiredService<NationalLoginSettingsStore>().GetAsync();
    }

    /// <summary>The provider behind a scheme, from the copy <see cref="GetAsync"/> read (the scheme provider reads it first).</summary>
    public NationalLoginProvider? FindByScheme(string scheme)
        => (_current ?? Off).Providers.FirstOrDefault(p => p.SchemeName == scheme);

    /// <summary>Forgets the copy and the handlers' options, so the next request reads the saved settings.</summary>
    public void Reset()
    {
        _current = null;
        optionsCache.Clear();
    }
}
