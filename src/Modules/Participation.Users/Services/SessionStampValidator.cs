using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Participation.Users.Services;

/// <summary>
/// Rejects a cookie whose security stamp is no longer the account's on every request, not only
/// once per validation interval: logout, a password change or reset, a role change and a lock
/// update the stamp, so a copied cookie stops working at once; a deleted account has none. Once
/// per interval it refreshes the principal and reissues the cookie as Identity's validator does,
/// but from the account <see cref="SessionStamps"/> keeps in memory rather than from three to six
/// queries through UserManager and RoleManager.
/// It is made for every signed-in request, so it takes nothing it does not use then: Identity's
/// SignInManager (with UserManager, the claims factory and their stores behind it, most of a
/// signed-in POST's service resolution) is resolved only to sign a refused cookie out, and
/// Identity's own validator only for a principal that is not signed in.
/// </summary>
public sealed class SessionStampValidator(IOptions<SecurityStampValidatorOptions> options, SessionStamps stamps, IServiceProvider services) : ISecurityStampValidator
{
    public async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        if (context.Principal?.Identity?.IsAuthenticated != true)
        {
            await ActivatorUtilities.CreateInstance<SecurityStampValidator<ParticipationUser>>(services).ValidateAsync(context);
            return;
        }
        if (await stamps.CurrentAsync(context.Principal) is not { } account)
        {
            context.RejectPrincipal();
            await services.GetRequiredService<SignInManager<ParticipationUser>>().SignOutAsync();
            return;
        }
        var settings = options.Value;
        var issued = context.Properties.IssuedUtc;
        // As Identity's validator: the options' clock (the host's, set by Identity's post-configuration).
        if (issued is not null && (settings.TimeProvider ?? TimeProvider.System).GetUtcNow() - issued.Value <= settings.ValidationInterval) return;

        // Identity's SecurityStampVerified, with the principal from the cache. The site's cookie
        // slides (Startup), so the reissue keeps its issue time as Identity's does then.
        var principal = await stamps.PrincipalAsync(account);
        if (settings.OnRefreshingPrincipal is { } refreshing)
        {
            var refresh = new SecurityStampRefreshingPrincipalContext { CurrentPrincipal = context.Principal, NewPrincipal = principal };
            await refreshing(refresh);
            principal = refresh.NewPrincipal!;
        }
        context.ReplacePrincipal(principal);
        context.ShouldRenew = true;
    }
}
