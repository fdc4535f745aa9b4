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
        if (!result.Succeeded)
        {
            // A citizen's user name is their email: report a taken address once, as an address.
            foreach (var error in result.Errors.Where(e => e.Code != nameof(IdentityErrorDescriber.DuplicateUserName)))
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
    public IActionResult Login(string? returnUrl) => View(new LoginViewModel { ReturnUrl = returnUrl });

    [HttpPost("login")]
    public async Task<IActionResult> Login(LoginViewModel model)
    {
        if (!ModelState.IsValid) return View(model);
        var user = await users.FindByEmailAsync(model.Login.Trim()) ?? await users.FindByNameAsync(model.Login.Trim());
        if (user is null)
        {
            ModelState.AddModelError("", T["The email or password is not correct."]);
            return View(model);
        }
        var result = await signIn.PasswordSignInAsync(user, model.Password, model.RememberMe, lockoutOnFailure: true);
        if (result.Succeeded) return LocalRedirect(SafeReturnUrl(model.ReturnUrl));
        if (result.IsLockedOut)
        {
            ModelState.AddModelError("", T["Too many failed attempts: this account is locked for a few minutes. Try again later or reset your password."]);
        }
        else if (result.IsNotAllowed)
        {
            ModelState.AddModelError("", T["Confirm your email address first: we sent you a link when you registered."]);
            if (await users.CheckPasswordAsync(user, model.Password) && !user.EmailConfirmed) await SendConfirmationAsync(user);
        }
        else ModelState.AddModelError("", T["The email or password is not correct."]);
        return View(model);
    }

    [HttpPost("logout")]
    public async Task<IActionResult> Logout()
    {
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
        return View(new ManageAccountViewModel { User = user, Roles = (await users.GetRolesAsync(user)).ToList() });
    }

    [Authorize, HttpPost("delete")]
    public async Task<IActionResult> Delete(DeleteAccountViewModel model)
    {
        var user = await users.GetUserAsync(User);
        if (user is null) return Challenge();
        if (!ModelState.IsValid || !await users.CheckPasswordAsync(user, model.Password))
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

    private string SafeReturnUrl(string? returnUrl) => !string.IsNullOrEmpty(returnUrl) && Url.IsLocalUrl(returnUrl) ? returnUrl : "/";

    private static string CurrentCulture => System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en" ? "en" : "ar";
}
