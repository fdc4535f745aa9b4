using System.ComponentModel.DataAnnotations;

namespace Participation.Users.Models;

/// <summary>
/// One OpenID Connect provider people sign in through (e.g. the national single sign-on).
/// Empty fields posted from the admin stay empty strings, never null.
/// </summary>
public sealed class NationalLoginProvider
{
    /// <summary>Lower-case letters, digits and dashes; names the scheme and the callback path.</summary>
    [DisplayFormat(ConvertEmptyStringToNull = false)]
    public string Key { get; set; } = "";
    [DisplayFormat(ConvertEmptyStringToNull = false)]
    public string Authority { get; set; } = "";
    [DisplayFormat(ConvertEmptyStringToNull = false)]
    public string ClientId { get; set; } = "";
    /// <summary>Kept protected by data protection when saved from the admin or a recipe.</summary>
    [DisplayFormat(ConvertEmptyStringToNull = false)]
    public string ClientSecret { get; set; } = "";
    /// <summary>Space-separated; <c>openid</c> is always asked for.</summary>
    [DisplayFormat(ConvertEmptyStringToNull = false)]
    public string Scopes { get; set; } = "openid profile";
    /// <summary>The claim that carries the national ID or iqama number.</summary>
    [DisplayFormat(ConvertEmptyStringToNull = false)]
    public string NationalIdClaim { get; set; } = "national_id";
    /// <summary>Optional claims that give the person's name, tried in order, to suggest a display name.</summary>
    [DisplayFormat(ConvertEmptyStringToNull = false)]
    public string NameClaims { get; set; } = "name";
    [DisplayFormat(ConvertEmptyStringToNull = false)]
    public string LabelAr { get; set; } = "الدخول عبر النفاذ الوطني";
    [DisplayFormat(ConvertEmptyStringToNull = false)]
    public string LabelEn { get; set; } = "Sign in with the national login";
    /// <summary>Set when the provider comes from configuration, so the admin shows it read-only.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public bool FromConfiguration { get; set; }

    public string SchemeName => SchemePrefix + Key;

    public const string SchemePrefix = "NationalLogin.";

    public string Label(bool english) => english ? LabelEn : LabelAr;

    public IEnumerable<string> ScopeNames() => Scopes.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public IEnumerable<string> NameClaimNames() => NameClaims.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
