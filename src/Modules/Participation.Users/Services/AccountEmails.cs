using Participation.Localization;
using Participation.Email;
using Microsoft.Extensions.Localization;
using Participation.Settings;

namespace Participation.Users.Services;

/// <summary>The account emails (confirm address, reset password, a repeated registration), written in the person's language.</summary>
public sealed class AccountEmails(IEmailSender sender, ISiteService siteService, IStringLocalizer<AccountEmails> T)
{
    public Task SendConfirmationAsync(ParticipationUser user, string link) => SendAsync(user,
        "Confirm your email address",
        "Hello {0},\n\nTo finish creating your account on {1}, confirm your email address by opening this link:\n{2}\n\nIf you did not create an account, ignore this message.",
        link);

    public Task SendPasswordResetAsync(ParticipationUser user, string link) => SendAsync(user,
        "Reset your password",
        "Hello {0},\n\nSomeone asked to reset the password of your account on {1}. To choose a new password, open this link:\n{2}\n\nIf it was not you, ignore this message: your password stays as it is.",
        link);

    /// <summary>Tells the owner of an address that someone tried to register with it: the register page itself says nothing.</summary>
    public Task SendRegistrationAttemptAsync(ParticipationUser owner, string signInLink) => SendAsync(owner,
        "Someone tried to register with your email address",
        "Hello {0},\n\nSomeone tried to create an account on {1} with your email address, which already has one. To sign in, open this link:\n{2}\n\nIf you forgot your password, reset it from the sign-in page. If it was not you, ignore this message: your account stays as it is.",
        signInLink);

    private async Task SendAsync(ParticipationUser user, string subject, string body, string link)
    {
        var culture = user.PreferredCulture is "en" ? "en" : "ar";
        using (CultureScope.Use(culture))
        {
            var site = await siteService.GetSettingsAsync();
            var siteName = culture == "ar" ? site.SiteName : site.SiteNameEn;
            await sender.SendAsync(new MailMessage
            {
                To = [user.Email!],
                Subject = $"{T[subject]} — {siteName}",
                TextBody = T[body, user.DisplayName, siteName, link],
                Culture = culture,
            });
        }
    }
}
