namespace Participation.Users.Models;

/// <summary>
/// The verified identity an account holds: only a keyed hash of the national ID, never the
/// number. Unique both ways: one identity, one account; one account, one identity.
/// </summary>
public sealed class NationalIdentity
{
    public const int HashLength = 64;

    public int Id { get; set; }
    public string UserId { get; set; } = "";
    /// <summary>HMAC-SHA256 of the national ID under the site's identity key, hex.</summary>
    public string IdentityHash { get; set; } = "";
    /// <summary>The provider key the identity was first verified through.</summary>
    public string Provider { get; set; } = "";
    public DateTime VerifiedUtc { get; set; }
}
