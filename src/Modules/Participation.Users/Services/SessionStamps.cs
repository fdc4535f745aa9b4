using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Participation.Caching;
using Participation.Data;
using Participation.Security;
using Participation.Users.Models;

namespace Participation.Users.Services;

/// <summary>
/// Whether a signed-in person's cookie carries their account's current security stamp, asked on
/// every request, their name, email and claim types for pages (<see cref="IAccountSummaries"/>),
/// and the principal their cookie is refreshed with once per validation interval. All come from
/// one read of the account kept in <see cref="IDataCache"/> rather than read each time;
/// <see cref="ParticipationUserManager"/> evicts it whenever the account is saved or deleted (every
/// stamp, role, claim and lock change), <see cref="NationalIdentityBinding"/> when an identity is
/// linked. The principal holds what <see cref="VerifiedUserClaimsPrincipalFactory"/> puts in (the
/// tests compare the two), its roles' permissions read from <see cref="IRolePermissions"/>' own cache.
/// The person's id comes from the principal's claim as UserManager reads it; UserManager itself
/// (a dozen services to build) is resolved only when the account is read, not on every request.
/// </summary>
public sealed class SessionStamps(IServiceProvider services, IDataCache cache, IDataSession session, IRolePermissions permissions, IOptions<IdentityOptions> identity) : IAccountSummaries
{
    public static string Key(string userId) => "security-stamp:" + userId;

    public async Task<bool> IsCurrentAsync(ClaimsPrincipal principal) => await CurrentAsync(principal) is not null;

    /// <summary>The account as cached when <paramref name="principal"/> carries its current stamp; null when it does not or the account is gone.</summary>
    public async Task<CachedAccount?> CurrentAsync(ClaimsPrincipal principal)
    {
        var userId = UserId(principal);
        var stamp = principal.FindFirstValue(identity.Value.ClaimsIdentity.SecurityStampClaimType);
        if (userId is null || stamp is null) return null;
        return await ReadAsync(userId) is { } account && account.Stamp == stamp ? account : null;
    }

    public async Task<AccountSummary?> GetAsync(ClaimsPrincipal principal)
        => principal.Identity?.IsAuthenticated == true && UserId(principal) is { } userId ? (await ReadAsync(userId))?.Summary : null;

    /// <summary>
    /// The claims Identity's factory (UserClaimsPrincipalFactory with roles) and
    /// <see cref="VerifiedUserClaimsPrincipalFactory"/> give the account, in their order, without a query
    /// when the role permissions are cached. Role claims other than permissions are never written.
    /// </summary>
    public async Task<ClaimsPrincipal> PrincipalAsync(CachedAccount account)
    {
        var types = identity.Value.ClaimsIdentity;
        var id = new ClaimsIdentity(IdentityConstants.ApplicationScheme, types.UserNameClaimType, types.RoleClaimType);
        id.AddClaim(new Claim(types.UserIdClaimType, account.Summary.UserId));
        id.AddClaim(new Claim(types.UserNameClaimType, account.UserName));
        if (!string.IsNullOrEmpty(account.Summary.Email)) id.AddClaim(new Claim(types.EmailClaimType, account.Summary.Email));
        id.AddClaim(new Claim(types.SecurityStampClaimType, account.Stamp));
        foreach (var (type, value) in account.Claims) id.AddClaim(new Claim(type, value));
        foreach (var role in account.Roles)
        {
            id.AddClaim(new Claim(types.RoleClaimType, role));
            foreach (var permission in await permissions.GetAsync(role)) id.AddClaim(new Claim(Permission.ClaimType, permission));
        }
        if (account.IdentityVerified) id.AddClaim(new Claim(ParticipationClaims.IdentityVerified, "true"));
        return new ClaimsPrincipal(id);
    }

    /// <summary>What <c>UserManager.GetUserId</c> answers: the claim of the type Identity's options name.</summary>
    public string? UserId(ClaimsPrincipal principal) => principal.FindFirstValue(identity.Value.ClaimsIdentity.UserIdClaimType);

    private Task<CachedAccount?> ReadAsync(string userId) => cache.GetOrReadAsync(Key(userId), async () =>
    {
        var users = services.GetRequiredService<UserManager<ParticipationUser>>();
        if (await users.FindByIdAsync(userId) is not { } user) return null;
        var claims = (await users.GetClaimsAsync(user)).Select(c => (c.Type, c.Value)).ToArray();
        var roles = (await users.GetRolesAsync(user)).ToArray();
        var verified = await session.Set<NationalIdentity>().AnyAsync(i => i.UserId == user.Id);
        var summary = new AccountSummary(user.Id, user.DisplayName, user.Email, claims.Select(c => c.Type).ToHashSet(StringComparer.Ordinal));
        return new CachedAccount(await users.GetSecurityStampAsync(user), summary, user.UserName ?? "", claims, roles, verified);
    });

    /// <summary>What the cache keeps of an account: shared between requests, so nothing in it changes.</summary>
    public sealed record CachedAccount(string Stamp, AccountSummary Summary, string UserName, IReadOnlyList<(string Type, string Value)> Claims, IReadOnlyList<string> Roles, bool IdentityVerified);
}
