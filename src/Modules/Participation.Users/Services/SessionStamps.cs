using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Participation.Caching;

namespace Participation.Users.Services;

/// <summary>
/// Whether a signed-in person's cookie carries their account's current security stamp, asked on
/// every request. The stamps are kept in <see cref="IDataCache"/> rather than read with the
/// account each time; <see cref="ParticipationUserManager"/> evicts one when the account changes.
/// </summary>
public sealed class SessionStamps(UserManager<ParticipationUser> users, IDataCache cache, IOptions<IdentityOptions> identity)
{
    public static string Key(string userId) => "security-stamp:" + userId;

    public async Task<bool> IsCurrentAsync(ClaimsPrincipal principal)
    {
        var userId = users.GetUserId(principal);
        var stamp = principal.FindFirstValue(identity.Value.ClaimsIdentity.SecurityStampClaimType);
        if (userId is null || stamp is null) return false;
        var current = await cache.GetOrReadAsync(Key(userId), async () => await users.FindByIdAsync(userId) is { } user ? await users.GetSecurityStampAsync(user) : null);
        return current == stamp;
    }
}
