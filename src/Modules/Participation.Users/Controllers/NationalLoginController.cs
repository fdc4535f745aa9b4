using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;
using Participation.AuditTrail;
using Participation.Http;
using Participation.Notify;
using Participation.Users.Domain;
using Participation.Users.Models;
using Participation.Users.Services;
using Participation.Users.ViewModels;

namespace Participation.Users.Controllers;

/// <summary>
/// Sign-in through a national login provider (OpenID Connect): the challenge, the return, the
/// first sign-in's account, and the pages that say what went wrong. The national ID never
/// leaves this flow: it is hashed at once, and neither logged nor shown.
/// </summary>
[Area("Participation.Users"), Route("account/national-login"), EnableRateLimiting(RateLimitPolicies.Account)]
public sealed class NationalLoginController(
    UserManager<ParticipationUser> users,
    SignInManager<ParticipationUser> signIn,
    NationalLoginSchemes schemes,
    NationalIdentityBinding binding,
    AccountEmails emails,
    IAuditTrail auditTrail,
    TimeProvider clock,
    INotifier notifier,
    ILogger<NationalLoginController> logger,
    IStringLocalizer<NationalLoginController> T) : Controller
{
    private const string ProviderItem = "national-login";
    private const string LinkItem = "national-login-link";

    /// <summary>Sends the person to the provider; a signed-in person's identity is linked to their account on return.</summary>
    [HttpPost("{key}")]
    public async Task<IActionResult> Start(string key, string? returnUrl)
    {
        if ((await schemes.GetAsync()).Find(key) is not { } provider) return NotFound();
        var properties = signIn.ConfigureExternalAuthenticationProperties(provider.SchemeName, Url.Action(nameof(Callback), new { returnUrl = SafeReturnUrl(returnUrl) }));
        properties.Items[ProviderItem] = provider.Key;
        if (users.GetUserId(User) is { } userId) properties.Items[LinkItem] = userId;
        try
        {
            await HttpContext.ChallengeAsync(provider.SchemeName, properties);
        }
        catch (Exception ex) when (NationalLoginFailures.Classify(ex) == NationalLoginProblem.Unavailable)
        {
            // The provider's metadata could not be fetched: nothing was sent, nothing changed.
            logger.LogWarning(ex, "The national login provider {Provider} could not be reached", provider.Key);
            return Failed(NationalLoginProblem.Unavailable);
        }
        // The site's CSP lets forms post only to the site (form-action 'self'), and browsers hold the
        // redirect after a post to it too: a page hands over to the provider instead, by refresh and link.
        var providerUrl = Response.Headers.Location.ToString();
        Response.Headers.Remove("Location");
        Response.StatusCode = StatusCodes.Status200OK;
        return View("Continue", providerUrl);
    }

    [HttpGet("callback")]
    public async Task<IActionResult> Callback(string? returnUrl)
    {
        var (provider, identityHash, external) = await ExternalIdentityAsync();
        if (provider is null) return Failed(NationalLoginProblem.Expired);
        if (identityHash is null) return await EndAsync(NationalLoginProblem.NoIdentity);

        var current = await users.GetUserAsync(User);
        if (current is not null)
        {
            // Linking only for the account that started the sign-in, not one signed into meanwhile.
            if (!external!.Properties!.Items.TryGetValue(LinkItem, out var linkFor) || linkFor != current.Id) return await EndAsync(NationalLoginProblem.Expired);
            var outcome = await binding.LinkAsync(current, identityHash, provider.Key);
            if (outcome == LinkOutcome.BoundToOther) return await EndAsync(NationalLoginProblem.BoundToOther);
            await HttpContext.SignOutAsync(IdentityConstants.ExternalScheme);
            await signIn.RefreshSignInAsync(current);
            if (outcome == LinkOutcome.Linked) await auditTrail.RecordAsync("User", "IdentityVerified");
            notifier.Success(T["Your identity is verified: your account can now take part where a verified identity is required."]);
            return LocalRedirect("/account");
        }

        if (await binding.HolderAsync(identityHash) is { } holder) return await SignInHolderAsync(holder, provider, returnUrl);
        return RedirectToAction(nameof(Finish), new { returnUrl = SafeReturnUrl(returnUrl) });
    }

    [HttpGet("finish")]
    public async Task<IActionResult> Finish(string? returnUrl)
    {
        var (provider, identityHash, external) = await ExternalIdentityAsync();
        if (provider is null || identityHash is null) return Failed(NationalLoginProblem.Expired);
        var principal = external!.Principal!;
        return View(new NationalLoginFinishViewModel
        {
            DisplayName = provider.NameClaimNames().Select(c => principal.FindFirstValue(c)).FirstOrDefault(n => !string.IsNullOrWhiteSpace(n)) ?? "",
            Email = principal.FindFirstValue("email") ?? "",
            ReturnUrl = SafeReturnUrl(returnUrl),
        });
    }

    [HttpPost("finish")]
    public async Task<IActionResult> Finish(NationalLoginFinishViewModel model)
    {
        var (provider, identityHash, _) = await ExternalIdentityAsync();
        if (provider is null || identityHash is null) return Failed(NationalLoginProblem.Expired);
        if (!ModelState.IsValid) return View(model);
        var email = model.Email.Trim();
        if (await users.FindByEmailAsync(email) is not null)
        {
            // The person is verified, so saying the address has an account tells a stranger nothing.
            ModelState.AddModelError(nameof(model.Email), T["This email already has an account: sign in to it with its password, then verify your identity from your account page."]);
            return View(model);
        }
        var (user, result) = await binding.CreateAccountAsync(new ParticipationUser
        {
            UserName = email, Email = email, DisplayName = model.DisplayName.Trim(),
            PreferredCulture = System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en" ? "en" : "ar",
            CreatedUtc = clock.GetUtcNow().UtcDateTime,
        }, identityHash, provider.Key);
        if (user is null)
        {
            foreach (var error in result.Errors) ModelState.AddModelError(nameof(model.Email), error.Description);
            return View(model);
        }
        if (user.Email == email && !user.EmailConfirmed)
        {
            var code = await users.GenerateEmailConfirmationTokenAsync(user);
            await emails.SendConfirmationAsync(user, Url.Action(nameof(AccountController.ConfirmEmail), "Account", new { userId = user.Id, code }, Request.Scheme)!);
            await auditTrail.RecordAsync("User", "RegisteredVerified");
        }
        return await SignInHolderAsync(user, provider, model.ReturnUrl);
    }

    [HttpGet("problem/{problem}")]
    public IActionResult Failed(NationalLoginProblem problem)
    {
        Response.StatusCode = problem == NationalLoginProblem.Unavailable ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status400BadRequest;
        return View("Problem", new NationalLoginProblemViewModel { Problem = problem });
    }

    /// <summary>The provider, the hashed identity and Identity's external cookie the provider's answer is in; nulls when it is missing or names no provider or no ID.</summary>
    private async Task<(NationalLoginProvider? Provider, string? IdentityHash, AuthenticateResult? External)> ExternalIdentityAsync()
    {
        var external = await HttpContext.AuthenticateAsync(IdentityConstants.ExternalScheme);
        if (!external.Succeeded || external.Properties?.Items.TryGetValue(ProviderItem, out var key) != true || key is null)
        {
            // The reason names the cookie's state, never the person.
            logger.LogInformation("No national login answer to finish: {Reason}", external.Failure?.Message ?? (external.None ? "no external sign-in cookie" : "no provider"));
            return (null, null, null);
        }
        if ((await schemes.GetAsync()).Find(key) is not { } provider) return (null, null, null);
        var nationalId = external.Principal.FindFirstValue(provider.NationalIdClaim);
        if (string.IsNullOrWhiteSpace(nationalId) || NationalIdentityHasher.Normalise(nationalId).Length == 0) return (provider, null, external);
        return (provider, await binding.HashAsync(nationalId), external);
    }

    private async Task<IActionResult> SignInHolderAsync(ParticipationUser user, NationalLoginProvider provider, string? returnUrl)
    {
        await HttpContext.SignOutAsync(IdentityConstants.ExternalScheme);
        if (await users.IsLockedOutAsync(user)) return Failed(NationalLoginProblem.Locked);
        await signIn.SignInAsync(user, isPersistent: false, authenticationMethod: provider.SchemeName);
        return LocalRedirect(SafeReturnUrl(returnUrl));
    }

    /// <summary>Ends the external sign-in (its cookie goes) and shows the problem.</summary>
    private async Task<IActionResult> EndAsync(NationalLoginProblem problem)
    {
        await HttpContext.SignOutAsync(IdentityConstants.ExternalScheme);
        return Failed(problem);
    }

    private string SafeReturnUrl(string? returnUrl) => !string.IsNullOrEmpty(returnUrl) && Url.IsLocalUrl(returnUrl) ? returnUrl : "/";
}
