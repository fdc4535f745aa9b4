using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Participation.Users.Services;

/// <summary>
/// Rejects a cookie whose security stamp is no longer the account's on every request, not only
/// once per validation interval: logout, a password change or reset, a role change and a lock
/// update the stamp, so a copied cookie stops working at once; a deleted account has none. Once
/// per interval it refreshes the principal and reissues the cookie as Identity's validator does,
/// but from the account <see cref="SessionStamps"/> keeps in memory rather than from three to six
/// queries through UserManager and RoleManager.
/// </summary>
public sealed class SessionStampValidator(IOptions<SecurityStampValidatorOptions> options, SignInManager<ParticipationUser> signIn, SessionStamps stamps, ILoggerFactory logger)
    : SecurityStampValidator<ParticipationUser>(options, signIn, logger)
{
    public override async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        if (context.Principal?.Identity?.IsAuthenticated != true)
        {
            await base.ValidateAsync(context);
            return;
        }
        if (await stamps.CurrentAsync(context.Principal) is not { } account)
        {
            context.RejectPrincipal();
            await SignInManager.SignOutAsync();
            return;
        }
        var issued = context.Properties.IssuedUtc;
        if (issued is not null && TimeProvider.GetUtcNow() - issued.Value <= Options.ValidationInterval) return;

        // Identity's SecurityStampVerified, with the principal from the cache. The site's cookie
        // slides (Startup), so the reissue keeps its issue time as Identity's does then.
        var principal = await stamps.PrincipalAsync(account);
        if (Options.OnRefreshingPrincipal is { } refreshing)
        {
            var refresh = new SecurityStampRefreshingPrincipalContext { CurrentPrincipal = context.Principal, NewPrincipal = principal };
            await refreshing(refresh);
            principal = refresh.NewPrincipal!;
        }
        context.ReplacePrincipal(principal);
        context.ShouldRenew = true;
    }
}
