using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.DataProtection;
using Participation.Data;

namespace Participation.Users.Services;

/// <summary>
/// Turns a national ID into the only thing the site keeps of it: HMAC-SHA256 under the site's
/// identity key. The key is 32 random bytes made once (at setup, or on first use by a site
/// older than the national login), kept in the site's documents protected by data protection,
/// so a copy of the database alone cannot test guessed numbers.
/// </summary>
public sealed class NationalIdentityHasher(IDataProtectionProvider protection)
{
    private const string DocumentType = "Participation.Users.NationalLogin.IdentityKey";
    private readonly IDataProtector _protector = protection.CreateProtector("Participation.Users.NationalLogin.IdentityKey");
    private readonly SemaphoreSlim _making = new(1, 1);
    private byte[]? _key;

    public async Task<string> HashAsync(ISiteDocuments documents, string nationalId)
    {
        var key = _key ?? await LoadOrMakeAsync(documents, remember: true);
        return Convert.ToHexStringLower(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(Normalise(nationalId))));
    }

    /// <summary>Makes the key if the site has none; setup calls it inside its own transaction, so nothing is remembered before it commits.</summary>
    public Task EnsureKeyAsync(ISiteDocuments documents) => LoadOrMakeAsync(documents, remember: false);

    private async Task<byte[]> LoadOrMakeAsync(ISiteDocuments documents, bool remember)
    {
        await _making.WaitAsync();
        try
        {
            if (_key is { } known) return known;
            byte[] key;
            if (await documents.LoadAsync<StoredKey>(DocumentType) is { } stored) key = _protector.Unprotect(Convert.FromBase64String(stored.Protected));
            else
            {
                key = RandomNumberGenerator.GetBytes(32);
                await documents.SaveAsync(DocumentType, new StoredKey { Protected = Convert.ToBase64String(_protector.Protect(key)) });
            }
            if (remember) _key = key;
            return key;
        }
        finally { _making.Release(); }
    }

    /// <summary>One number however it was typed: Arabic-Indic digits as ASCII, no spaces or dashes.</summary>
    public static string Normalise(string nationalId)
    {
        var text = new StringBuilder(nationalId.Length);
        foreach (var c in nationalId.Trim())
        {
            if (char.IsWhiteSpace(c) || c == '-') continue;
            text.Append(char.IsDigit(c) ? (char)('0' + (int)char.GetNumericValue(c)) : char.ToUpperInvariant(c));
        }
        return text.ToString().Normalize(NormalizationForm.FormKC).ToString(CultureInfo.InvariantCulture);
    }

    private sealed class StoredKey
    {
        public string Protected { get; set; } = "";
    }
}
