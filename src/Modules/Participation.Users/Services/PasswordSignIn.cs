using System.Net;
using Microsoft.AspNetCore.Identity;

namespace Participation.Users.Services;

/// <summary>
/// Signs in with a login and password so that an unknown login and a wrong password look and cost
/// the same: both lookups always run, a password hash is always verified (a dummy one for an
/// unknown login), and what the account is (unconfirmed, locked) is told only after the right
/// password. Guessing is slowed by <see cref="SignInThrottle"/>, not by locking the account.
/// </summary>
public sealed class PasswordSignIn(UserManager<ParticipationUser> users, SignInManager<ParticipationUser> signIn, SignInThrottle throttle, NationalLoginSchemes nationalLogin)
{
    // Hashed once per process with the site's hasher, so verifying it costs what a real account's does.
    private static string? dummyHash;

    public async Task<(SignInOutcome Outcome, ParticipationUser? User)> SignInAsync(string login, string password, bool remember, IPAddress? address)
    {
        login = login.Trim();
        if (throttle.MustWait(login, address)) return (SignInOutcome.MustWait, null);
        var byEmail = await users.FindByEmailAsync(login);
        var byName = await users.FindByNameAsync(login);
        var user = byEmail ?? byName;
        if (!await CheckPasswordAsync(user, password))
        {
            throttle.RecordFailure(login, address);
            return (SignInOutcome.WrongCredentials, null);
        }
        throttle.RecordSuccess(login, address);
        if (!await signIn.CanSignInAsync(user!)) return (SignInOutcome.EmailNotConfirmed, user);
        if (await users.IsLockedOutAsync(user!)) return (SignInOutcome.Locked, user);
        if (await MustUseNationalLoginAsync(user!)) return (SignInOutcome.NationalLoginRequired, user);
        await signIn.SignInAsync(user!, remember);
        return (SignInOutcome.SignedIn, user);
    }

    /// <summary>Staff other than administrators, when the site says staff sign in only through the national login: administrators keep their password as a break-glass way in.</summary>
    private async Task<bool> MustUseNationalLoginAsync(ParticipationUser user)
    {
        var settings = await nationalLogin.GetAsync();
        if (!settings.StaffOnly || settings.Providers.Count == 0) return false;
        var roles = await users.GetRolesAsync(user);
        return roles.Count > 0 && !roles.Contains(Participation.Security.RoleNames.Administrator);
    }

    private async Task<bool> CheckPasswordAsync(ParticipationUser? user, string password)
    {
        if (user is not null) return await users.CheckPasswordAsync(user, password);
        dummyHash ??= users.PasswordHasher.HashPassword(new ParticipationUser(), Guid.NewGuid().ToString("N"));
        users.PasswordHasher.VerifyHashedPassword(new ParticipationUser(), dummyHash, password);
        return false;
    }
}
