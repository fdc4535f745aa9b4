using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Participation.Caching;

namespace Participation.Users.Services;

/// <summary>
/// Identity's user manager, forgetting the cached security stamp (<see cref="SessionStamps"/>)
/// whenever an account is saved or deleted: every stamp change (logout, password, roles, lock)
/// goes through one of these two.
/// </summary>
public sealed class ParticipationUserManager(
    IUserStore<ParticipationUser> store, IOptions<IdentityOptions> options, IPasswordHasher<ParticipationUser> hasher,
    IEnumerable<IUserValidator<ParticipationUser>> userValidators, IEnumerable<IPasswordValidator<ParticipationUser>> passwordValidators,
    ILookupNormalizer normalizer, IdentityErrorDescriber errors, IServiceProvider services, ILogger<UserManager<ParticipationUser>> logger, IDataCache cache)
    : UserManager<ParticipationUser>(store, options, hasher, userValidators, passwordValidators, normalizer, errors, services, logger)
{
    protected override async Task<IdentityResult> UpdateUserAsync(ParticipationUser user)
    {
        var result = await base.UpdateUserAsync(user);
        cache.Evict(SessionStamps.Key(user.Id));
        return result;
    }

    public override async Task<IdentityResult> DeleteAsync(ParticipationUser user)
    {
        var result = await base.DeleteAsync(user);
        cache.Evict(SessionStamps.Key(user.Id));
        return result;
    }
}
