using Participation.Settings;

namespace Participation.Users.Services;

/// <summary>The site's password rules as a plain check: which rules a password breaks.</summary>
public static class PasswordPolicy
{
    public enum Rule { TooShort, NeedsDigit, NeedsLowercase, NeedsUppercase, NeedsSymbol }

    public static IReadOnlyList<Rule> Check(string password, PasswordSettings settings)
    {
        var broken = new List<Rule>();
        password ??= "";
        if (password.Length < settings.RequiredLength) broken.Add(Rule.TooShort);
        if (settings.RequireDigit && !password.Any(char.IsDigit)) broken.Add(Rule.NeedsDigit);
        // Arabic letters have no case: a lowercase rule is met by any letter without case too.
        if (settings.RequireLowercase && !password.Any(c => char.IsLower(c) || (char.IsLetter(c) && !char.IsUpper(c)))) broken.Add(Rule.NeedsLowercase);
        if (settings.RequireUppercase && !password.Any(char.IsUpper)) broken.Add(Rule.NeedsUppercase);
        if (settings.RequireNonAlphanumeric && password.All(char.IsLetterOrDigit)) broken.Add(Rule.NeedsSymbol);
        return broken;
    }
}
