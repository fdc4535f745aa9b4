using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using Participation.Localization;
using Participation.Settings;

namespace Participation.Users.Services;

/// <summary>Checks new passwords against the rules in the site settings, with localised messages.</summary>
public sealed class SitePasswordValidator(ISiteService siteService, IStringLocalizer<SitePasswordValidator> T) : IPasswordValidator<ParticipationUser>
{
    public async Task<IdentityResult> ValidateAsync(UserManager<ParticipationUser> manager, ParticipationUser user, string? password)
    {
        var settings = (await siteService.GetSettingsAsync()).Password;
        var errors = PasswordPolicy.Check(password ?? "", settings).Select(rule => new IdentityError
        {
            Code = "Password" + rule,
            Description = rule switch
            {
                PasswordPolicy.Rule.TooShort => T.Plural(settings.RequiredLength, "The password must have at least 1 character.", "The password must have at least {0} characters."),
                PasswordPolicy.Rule.NeedsDigit => T["The password must contain a digit."],
                PasswordPolicy.Rule.NeedsLowercase => T["The password must contain a letter."],
                PasswordPolicy.Rule.NeedsUppercase => T["The password must contain an uppercase Latin letter."],
                _ => T["The password must contain a symbol such as ! or #."],
            },
        }).ToArray();
        return errors.Length == 0 ? IdentityResult.Success : IdentityResult.Failed(errors);
    }
}
