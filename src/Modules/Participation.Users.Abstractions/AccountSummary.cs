namespace Participation.Users;

/// <summary>
/// What a form may fill in for the signed-in person, and the types of the claims their account
/// holds (the participation policy accepted, …), so a page can tell without reading the account
/// (see <see cref="IAccountSummaries"/>).
/// </summary>
public sealed record AccountSummary(string UserId, string DisplayName, string? Email, IReadOnlySet<string> ClaimTypes)
{
    public bool HasClaim(string type) => ClaimTypes.Contains(type);
}
