using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Participation.Users.Services;

/// <summary>
/// Rejects a cookie whose security stamp is no longer the account's on every request, not only
/// once per validation interval: logout, a password change or reset, a role change and a lock
/// update the stamp, so a copied cookie stops working at once. The base validator still rebuilds
/// the principal once per interval.
/// </summary>
public sealed class SessionStampValidator(IOptions<SecurityStampValidatorOptions> options, SignInManager<ParticipationUser> signIn, ILoggerFactory logger)
    : SecurityStampValidator<ParticipationUser>(options, signIn, logger)
{
    public override async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        if (context.Principal?.Identity?.IsAuthenticated == true && await SignInManager.ValidateSecurityStampAsync(context.Principal) is null)
        {
            context.RejectPrincipal();
            await SignInManager.SignOutAsync();
            return;
        }
        await base.ValidateAsync(context);
    }
}
