using System.Text.RegularExpressions;
using Participation.Users.Models;

namespace Participation.Users.Domain;

/// <summary>What makes national login settings usable; the admin and the recipe step both check them here.</summary>
public static partial class NationalLoginRules
{
    /// <summary>Each problem with the field it concerns (<c>Providers[0].Authority</c>) and an English message, the localisation key.</summary>
    public static IReadOnlyList<(string Field, string Message)> Problems(NationalLoginSettings settings)
    {
        var problems = new List<(string, string)>();
        var keys = new HashSet<string>();
        for (var i = 0; i < settings.Providers.Count; i++)
        {
            var p = settings.Providers[i];
            var at = $"Providers[{i}].";
            if (!KeyPattern().IsMatch(p.Key)) problems.Add((at + nameof(p.Key), "The key is 1 to 40 lower-case letters, digits or dashes."));
            else if (!keys.Add(p.Key)) problems.Add((at + nameof(p.Key), "Two providers have the same key."));
            if (!IsAuthority(p.Authority)) problems.Add((at + nameof(p.Authority), "The authority is the provider's https address (http only on this machine)."));
            if (string.IsNullOrWhiteSpace(p.ClientId)) problems.Add((at + nameof(p.ClientId), "Enter the client id the provider gave the site."));
            if (string.IsNullOrWhiteSpace(p.NationalIdClaim)) problems.Add((at + nameof(p.NationalIdClaim), "Enter the claim that carries the national ID."));
            if (string.IsNullOrWhiteSpace(p.LabelAr) || string.IsNullOrWhiteSpace(p.LabelEn)) problems.Add((at + nameof(p.LabelAr), "Enter the button label in Arabic and in English."));
        }
        return problems;
    }

    /// <summary>Metadata is fetched over https, except from a provider on this machine (tests, a local gateway).</summary>
    public static bool IsLoopback(string authority) => Uri.TryCreate(authority, UriKind.Absolute, out var uri) && uri.IsLoopback;

    private static bool IsAuthority(string authority)
        => Uri.TryCreate(authority, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || (uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback));

    [GeneratedRegex("^[a-z0-9-]{1,40}$")]
    private static partial Regex KeyPattern();
}
