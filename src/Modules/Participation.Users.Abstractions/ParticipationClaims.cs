namespace Participation.Users;

/// <summary>Claims the Users module puts on a signed-in person, for other modules to read.</summary>
public static class ParticipationClaims
{
    /// <summary>"true" when the account holds an identity a national login verified (one person, one account).</summary>
    public const string IdentityVerified = "identity_verified";
}
