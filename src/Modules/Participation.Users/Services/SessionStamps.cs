using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Participation.Caching;

namespace Participation.Users.Services;

/// <summary>
/// Whether a signed-in person's cookie carries their account's current security stamp, asked on
/// every request, and their name, email and claim types for pages (<see cref="IAccountSummaries"/>). Both come
/// from one read of the account kept in <see cref="IDataCache"/> rather than read each time;
/// <see cref="ParticipationUserManager"/> evicts it whenever the account is saved or deleted.
/// </summary>
public sealed class SessionStamps(UserManager<ParticipationUser> users, IDataCache cache, IOptions<IdentityOptions> identity) : IAccountSummaries
{
    public static string Key(string userId) => "security-stamp:" + userId;

    public async Task<bool> IsCurrentAsync(ClaimsPrincipal principal)
    {
        var userId = users.GetUserId(principal);
        var stamp = principal.FindFirstValue(identity.Value.ClaimsIdentity.SecurityStampClaimType);
        if (userId is null || stamp is null) return false;
        return (await ReadAsync(userId))?.Stamp == stamp;
    }

    public async Task<AccountSummary?> GetAsync(ClaimsPrincipal principal)
        => principal.Identity?.IsAuthenticated == true && users.GetUserId(principal) is { } userId ? (await ReadAsync(userId))?.Summary : null;

    private Task<CachedAccount?> ReadAsync(string userId) => cache.GetOrReadAsync(Key(userId), async () =>
    {
        if (await users.FindByIdAsync(userId) is not { } user) return null;
        var claimTypes = (await users.GetClaimsAsync(user)).Select(c => c.Type).ToHashSet(StringComparer.Ordinal);
        return new CachedAccount(await users.GetSecurityStampAsync(user), new AccountSummary(user.Id, user.DisplayName, user.Email, claimTypes));
    });

    private sealed record CachedAccount(string Stamp, AccountSummary Summary);
}
