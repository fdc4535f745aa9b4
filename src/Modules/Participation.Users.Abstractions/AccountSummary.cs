namespace Participation.Users;

/// <summary>What a form may fill in for the signed-in person (see <see cref="IAccountSummaries"/>).</summary>
public sealed record AccountSummary(string UserId, string DisplayName, string? Email);
