using System.Security.Claims;

namespace Participation.Users;

/// <summary>
/// The signed-in person's name and email, for forms that fill them in, and their claims' types. Kept with their security
/// stamp in the data cache (one read per person a minute at most, evicted when the account is
/// saved), so a page needs no account query for them.
/// </summary>
public interface IAccountSummaries
{
    /// <summary>Null for a visitor or an account that no longer exists.</summary>
    Task<AccountSummary?> GetAsync(ClaimsPrincipal principal);
}
