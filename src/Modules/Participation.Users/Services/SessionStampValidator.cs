using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Participation.Users.Services;

/// <summary>
/// Rejects a cookie whose security stamp is no longer the account's on every request, not only
/// once per validation interval: logout, a password change or reset, a role change and a lock
/// update the stamp, so a copied cookie stops working at once. The stamp comes from
/// <see cref="SessionStamps"/> (kept in memory); the base validator still rebuilds the principal
/// from the account once per interval.
/// </summary>
public sealed class SessionStampValidator(IOptions<SecurityStampValidatorOptions> options, SignInManager<ParticipationUser> signIn, SessionStamps stamps, ILoggerFactory logger)
    : SecurityStampValidator<ParticipationUser>(options, signIn, logger)
{
    public override async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        if (context.Principal?.Identity?.IsAuthenticated == true && !await stamps.IsCurrentAsync(context.Principal))
        {
            context.RejectPrincipal();
            await SignInManager.SignOutAsync();
            return;
        }
        await base.ValidateAsync(context);
    }
}
