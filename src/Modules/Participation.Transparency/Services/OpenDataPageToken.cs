using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace Participation.Transparency.Services;

/// <summary>
/// The API's opaque "next page" token: the build, the dataset and the last sequence read,
/// protected with the site's keys (shared by every node), so a token cannot be made up or edited.
/// </summary>
public sealed class OpenDataPageToken(IDataProtectionProvider protection)
{
    private readonly IDataProtector _protector = protection.CreateProtector("Participation.Transparency.OpenDataPage");

    public string Write(long buildId, string dataset, int lastSequence) =>
        _protector.Protect(string.Create(CultureInfo.InvariantCulture, $"{buildId}|{dataset}|{lastSequence}"));

    /// <summary>The place the token stands for, or null when it is not one this site wrote.</summary>
    public (long BuildId, string Dataset, int LastSequence)? Read(string token)
    {
        try
        {
            var parts = _protector.Unprotect(token).Split('|');
            return parts.Length == 3 && long.TryParse(parts[0], CultureInfo.InvariantCulture, out var build) && int.TryParse(parts[2], CultureInfo.InvariantCulture, out var sequence)
                ? (build, parts[1], sequence) : null;
        }
        catch (Exception e) when (e is CryptographicException or FormatException) { return null; }
    }
}
