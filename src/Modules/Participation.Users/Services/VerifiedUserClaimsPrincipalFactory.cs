using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Participation.Data;
using Participation.Users.Models;

namespace Participation.Users.Services;

/// <summary>
/// Identity's principal plus <see cref="ParticipationClaims.IdentityVerified"/> while the account
/// holds a verified identity: the binding row is the one record of it, so deleting it ends the
/// claim at the next refresh of the cookie.
/// </summary>
public sealed class VerifiedUserClaimsPrincipalFactory(UserManager<ParticipationUser> users, RoleManager<ParticipationRole> roles, IOptions<IdentityOptions> options, IDataSession session)
    : UserClaimsPrincipalFactory<ParticipationUser, ParticipationRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(ParticipationUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        if (await session.Set<NationalIdentity>().AnyAsync(i => i.UserId == user.Id))
            identity.AddClaim(new Claim(ParticipationClaims.IdentityVerified, "true"));
        return identity;
    }
}
