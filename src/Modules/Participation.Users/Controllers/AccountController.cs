using Participation.AuditTrail;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using Participation.Http;
using Participation.Settings;
using Participation.Users.Services;
using Participation.Users.ViewModels;
using Participation.Notify;

namespace Participation.Users.Controllers;

/// <summary>The public account pages. Every post is rate limited per client address.</summary>
[Area("Participation.Users"), Route("account"), EnableRateLimiting(RateLimitPolicies.Account)]
public sealed class AccountController(
    UserManager<ParticipationUser> users,
    SignInManager<ParticipationUser> signIn,
    ISiteService siteService,
    AccountEmails emails,
    AccountDeletion deletion,
    PasswordSignIn passwordSignIn,
    NationalLoginSchemes nationalLogin,
    NationalIdentityBinding nationalIdentities,
    IAuditTrail auditTrail,
    TimeProvider clock,
    INotifier notifier,
    IStringLocalizer<AccountController> T) : Controller
{
    [HttpGet("register")]
    public async Task<IActionResult> Register()
        => (await siteService.GetSettingsAsync()).AllowRegistration ? View(new RegisterViewModel()) : NotFound();

    [HttpPost("register")]
    public async Task<IActionResult> Register(RegisterViewModel model)
    {
        if (!(await siteService.GetSettingsAsync()).AllowRegistration) return NotFound();
        if (!ModelState.IsValid) return View(model);
        var user = new ParticipationUser
        {
            UserName = model.Email.Trim(),
            Email = model.Email.Trim(),
            DisplayName = model.DisplayName.Trim(),
            PreferredCulture = CurrentCulture,
            CreatedUtc = clock.GetUtcNow().UtcDateTime,
        };
        var result = await users.CreateAsync(user, model.Password);
        // A taken address gets the same page as a new one, so the form tells nobody who has an
        // account; the owner hears of the attempt by email instead. A citizen's user name is their
        // email, so a taken address reports both codes.
        string[] taken = [nameof(IdentityErrorDescriber.DuplicateEmail), nameof(IdentityErrorDescriber.DuplicateUserName)];
        if (!result.Succeeded && result.Errors.All(e => taken.Contains(e.Code)))
        {
            var owner = await users.FindByEmailAsync(user.Email) ?? await users.FindByNameAsync(user.UserName);
            if (owner is not null) await emails.SendRegistrationAttemptAsync(owner, Url.Action(nameof(Login), "Account", null, Request.Scheme)!);
            return View("RegisterDone", user.Email);
        }
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors.Where(e => !taken.Contains(e.Code)))
                ModelState.AddModelError(error.Code.StartsWith("Password", StringComparison.Ordinal) ? nameof(model.Password) : nameof(model.Email), error.Description);
            return View(model);
        }
        await SendConfirmationAsync(user);
        await auditTrail.RecordAsync("User", "Registered");
        return View("RegisterDone", user.Email);
    }

    [HttpGet("confirm")]
    public async Task<IActionResult> ConfirmEmail(string? userId, string? code)
    {
        var user = userId is null ? null : await users.FindByIdAsync(userId);
        var confirmed = user is not null && code is not null && (await users.ConfirmEmailAsync(user, code)).Succeeded;
        return View(confirmed);
    }

    [HttpGet("login")]
    public async Task<IActionResult> Login(string? returnUrl) => View(await WithNationalLoginAsync(new LoginViewModel { ReturnUrl = returnUrl }));

    [HttpPost("login")]
    public async Task<IActionResult> Login(LoginViewModel model)
    {
        await WithNationalLoginAsync(model);
        if (!ModelState.IsValid) return View(model);
        var (outcome, user) = await passwordSignIn.SignInAsync(model.Login, model.Password, model.RememberMe, HttpContext.Connection.RemoteIpAddress);
        switch (outcome)
        {
            case SignInOutcome.SignedIn:
                return LocalRedirect(SafeReturnUrl(model.ReturnUrl));
            case SignInOutcome.MustWait:
                ModelState.AddModelError("", T["Too many failed attempts: wait a few minutes before trying again, or reset your password."]);
                break;
            case SignInOutcome.EmailNotConfirmed:
                // Told only after the right password, so it reveals nothing to someone guessing.
                ModelState.AddModelError("", T["Confirm your email address first: we sent you a link when you registered."]);
                await SendConfirmationAsync(user!);
                break;
            case SignInOutcome.Locked:
                ModelState.AddModelError("", T["This account is locked."]);
                break;
            case SignInOutcome.NationalLoginRequired:
                ModelState.AddModelError("", T["Staff accounts sign in through the national login: use its button below."]);
                break;
            default:
                ModelState.AddModelError("", T["The email or password is not correct."]);
                break;
        }
        return View(model);
    }

    [HttpPost("logout")]
    public async Task<IActionResult> Logout()
    {
        // A new security stamp ends this session everywhere: a copied cookie no longer opens anything.
        if (await users.GetUserAsync(User) is { } user) await users.UpdateSecurityStampAsync(user);
        await signIn.SignOutAsync();
        return LocalRedirect("/");
    }

    [HttpGet("forgot-password")]
    public IActionResult ForgotPassword() => View(new ForgotPasswordViewModel());

    [HttpPost("forgot-password")]
    public async Task<IActionResult> ForgotPassword(ForgotPasswordViewModel model)
    {
        if (!ModelState.IsValid) return View(model);
        var user = await users.FindByEmailAsync(model.Email.Trim());
        if (user is not null && user.EmailConfirmed)
        {
            var code = await users.GeneratePasswordResetTokenAsync(user);
            var link = Url.Action(nameof(ResetPassword), "Account", new { userId = user.Id, code }, Request.Scheme)!;
            await emails.SendPasswordResetAsync(user, link);
        }
        // The same answer whether or not the address has an account: nothing to learn here.
        return View("ForgotPasswordDone");
    }

    [HttpGet("reset-password")]
    public IActionResult ResetPassword(string? userId, string? code)
        => userId is null || code is null ? BadRequest() : View(new ResetPasswordViewModel { UserId = userId, Code = code });

    [HttpPost("reset-password")]
    public async Task<IActionResult> ResetPassword(ResetPasswordViewModel model)
    {
        if (!ModelState.IsValid) return View(model);
        var user = await users.FindByIdAsync(model.UserId);
        if (user is null)
        {
            ModelState.AddModelError("", T["This link is invalid or has expired. Ask for a new one."]);
            return View(model);
        }
        var result = await users.ResetPasswordAsync(user, model.Code, model.Password);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors) ModelState.AddModelError(error.Code.StartsWith("Password", StringComparison.Ordinal) ? nameof(model.Password) : "", error.Description);
            return View(model);
        }
        await users.ResetAccessFailedCountAsync(user);
        await users.SetLockoutEndDateAsync(user, null);
        return View("ResetPasswordDone");
    }

    [HttpGet("denied")]
    public IActionResult Denied() => View();

    [Authorize, HttpGet("")]
    public async Task<IActionResult> Manage()
    {
        var user = await users.GetUserAsync(User);
        if (user is null) return Challenge();
        return View(new ManageAccountViewModel
        {
            User = user, Roles = (await users.GetRolesAsync(user)).ToList(), HasPassword = await users.HasPasswordAsync(user),
            VerifiedUtc = (await nationalIdentities.OfUserAsync(user.Id))?.VerifiedUtc, NationalLogins = await NationalLoginButtonsAsync(),
        });
    }

    [Authorize, HttpPost("delete")]
    public async Task<IActionResult> Delete(DeleteAccountViewModel model)
    {
        var user = await users.GetUserAsync(User);
        if (user is null) return Challenge();
        // An account made through the national login has no password: ticking the confirmation stands for it.
        if (await users.HasPasswordAsync(user) ? !await users.CheckPasswordAsync(user, model.Password) : !model.Confirm)
        {
            notifier.Error(T["The password is not correct: your account was not deleted."]);
            return RedirectToAction(nameof(Manage));
        }
        if (await users.IsInRoleAsync(user, Participation.Security.RoleNames.Administrator)
            && (await users.GetUsersInRoleAsync(Participation.Security.RoleNames.Administrator)).Count == 1)
        {
            notifier.Error(T["You are the only administrator: give the role to someone else before deleting your account."]);
            return RedirectToAction(nameof(Manage));
        }
        var result = await deletion.DeleteAsync(user);
        if (!result.Succeeded)
        {
            // The identity errors are already in the participant's language.
            notifier.Error(new LocalizedString("IdentityErrors", string.Join(" ", result.Errors.Select(e => e.Description))));
            return RedirectToAction(nameof(Manage));
        }
        await signIn.SignOutAsync();
        return View("Deleted");
    }

    private async Task SendConfirmationAsync(ParticipationUser user)
    {
        var code = await users.GenerateEmailConfirmationTokenAsync(user);
        var link = Url.Action(nameof(ConfirmEmail), "Account", new { userId = user.Id, code }, Request.Scheme)!;
        await emails.SendConfirmationAsync(user, link);
    }

    private async Task<LoginViewModel> WithNationalLoginAsync(LoginViewModel model)
    {
        model.NationalLogins = await NationalLoginButtonsAsync();
        return model;
    }

    private async Task<IReadOnlyList<NationalLoginButton>> NationalLoginButtonsAsync()
    {
        var english = System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";
        return [.. (await nationalLogin.GetAsync()).Providers.Select(p => new NationalLoginButton(p.Key, p.Label(english)))];
    }

    private string SafeReturnUrl(string? returnUrl) => !string.IsNullOrEmpty(returnUrl) && Url.IsLocalUrl(returnUrl) ? returnUrl : "/";

    private static string CurrentCulture => System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en" ? "en" : "ar";
}
