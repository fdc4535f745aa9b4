using System.Security.Claims;
using Participation.Security;
using Participation.Settings;
using Participation.Users.Services;

namespace Participation.UnitTests;

public class PermissionTests
{
    private static readonly Permission Publish = new("PublishContent", "");
    private static readonly Permission Edit = new("EditContent", "", Publish);

    [Fact]
    public void A_permission_is_held_directly_or_through_one_that_implies_it()
    {
        Assert.True(PermissionHandler.Holds(Edit, new HashSet<string> { "EditContent" }));
        Assert.True(PermissionHandler.Holds(Edit, new HashSet<string> { "PublishContent" }));
        Assert.False(PermissionHandler.Holds(Publish, new HashSet<string> { "EditContent" }));
    }

    [Fact]
    public void Signed_in_users_count_as_Authenticated_and_visitors_as_Anonymous()
    {
        var citizen = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, "a")], "test"));
        var editor = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Role, RoleNames.Editor)], "test"));

        Assert.Equal([RoleNames.Authenticated], PermissionHandler.RolesOf(citizen));
        Assert.Equal([RoleNames.Editor, RoleNames.Authenticated], PermissionHandler.RolesOf(editor));
        Assert.Equal([RoleNames.Anonymous], PermissionHandler.RolesOf(new ClaimsPrincipal(new ClaimsIdentity())));
    }
}

public class PasswordPolicyTests
{
    private static readonly PasswordSettings Defaults = new();

    [Theory]
    [InlineData("short1a", new[] { PasswordPolicy.Rule.TooShort })]
    [InlineData("longenoughpassword", new[] { PasswordPolicy.Rule.NeedsDigit })]
    [InlineData("1234567890", new[] { PasswordPolicy.Rule.NeedsLowercase })]
    [InlineData("kalimat-sir-2026", new PasswordPolicy.Rule[0])]
    public void Checks_the_default_rules(string password, PasswordPolicy.Rule[] broken)
        => Assert.Equal(broken, PasswordPolicy.Check(password, Defaults));

    [Fact]
    public void Arabic_letters_count_as_letters_though_they_have_no_case()
        => Assert.Empty(PasswordPolicy.Check("كلمةسرطويلة2026", Defaults));

    [Fact]
    public void Stricter_settings_add_their_rules()
    {
        var strict = new PasswordSettings { RequiredLength = 12, RequireUppercase = true, RequireNonAlphanumeric = true };
        Assert.Equal([PasswordPolicy.Rule.TooShort, PasswordPolicy.Rule.NeedsUppercase, PasswordPolicy.Rule.NeedsSymbol], PasswordPolicy.Check("password1", strict));
    }
}
