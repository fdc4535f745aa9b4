using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Configuration;
using Participation.Data;
using Participation.Users.Models;

namespace Participation.Users.Services;

/// <summary>
/// The national login settings: those saved from the admin or a recipe (client secrets
/// protected), with the providers of configuration (<c>Participation:NationalLogin</c>) first;
/// a configured key hides a saved one of the same key.
/// </summary>
public sealed class NationalLoginSettingsStore(ISiteDocuments documents, IConfiguration configuration, IDataProtectionProvider protection, NationalLoginSchemes schemes)
{
    private const string DocumentType = "Participation.Users.NationalLogin";
    public const string ConfigurationSection = "Participation:NationalLogin";
    private readonly IDataProtector _protector = protection.CreateProtector("Participation.Users.NationalLogin.ClientSecret");

    /// <summary>What applies: configuration's providers and staff rule, then the saved ones.</summary>
    public async Task<NationalLoginSettings> GetAsync()
    {
        var configured = ConfiguredSettings();
        var saved = await GetSavedAsync();
        foreach (var p in configured.Providers) p.FromConfiguration = true;
        return new NationalLoginSettings
        {
            Providers = [.. configured.Providers, .. saved.Providers.Where(p => configured.Find(p.Key) is null)],
            StaffOnly = configuration.GetValue<bool?>($"{ConfigurationSection}:StaffOnly") ?? saved.StaffOnly,
        };
    }

    /// <summary>What the admin or a recipe saved, secrets decrypted.</summary>
    public async Task<NationalLoginSettings> GetSavedAsync()
    {
        var saved = await documents.LoadAsync<NationalLoginSettings>(DocumentType) ?? new NationalLoginSettings();
        foreach (var p in saved.Providers.Where(p => p.ClientSecret.Length > 0)) p.ClientSecret = _protector.Unprotect(p.ClientSecret);
        return saved;
    }

    /// <summary>Saves checked settings (see <see cref="Domain.NationalLoginRules"/>); the sign-in schemes follow at once.</summary>
    public async Task SaveAsync(NationalLoginSettings settings)
    {
        await documents.SaveAsync(DocumentType, new NationalLoginSettings
        {
            StaffOnly = settings.StaffOnly,
            Providers = [.. settings.Providers.Where(p => !p.FromConfiguration).Select(p => new NationalLoginProvider
            {
                Key = p.Key.Trim(), Authority = p.Authority.Trim().TrimEnd('/'), ClientId = p.ClientId.Trim(),
                ClientSecret = p.ClientSecret.Length > 0 ? _protector.Protect(p.ClientSecret) : "",
                Scopes = p.Scopes.Trim(), NationalIdClaim = p.NationalIdClaim.Trim(), NameClaims = p.NameClaims.Trim(),
                LabelAr = p.LabelAr.Trim(), LabelEn = p.LabelEn.Trim(),
            })],
        });
        schemes.Reset();
    }

    private NationalLoginSettings ConfiguredSettings()
        => configuration.GetSection(ConfigurationSection).Get<NationalLoginSettings>() ?? new NationalLoginSettings();
}
