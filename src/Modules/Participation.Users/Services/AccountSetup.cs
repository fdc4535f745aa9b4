using Microsoft.AspNetCore.Identity;
using Participation.Security;
using Participation.Setup;

namespace Participation.Users.Services;

/// <summary>Setup's accounts: the roles every site has before the recipe, the administrator after it.</summary>
public sealed class AccountSetup(DefaultRoles defaultRoles, UserManager<ParticipationUser> users, TimeProvider clock) : ISetupEventHandler
{
    public Task SchemaCreatedAsync(SetupContext context) => defaultRoles.EnsureAsync();

    public async Task RecipeExecutedAsync(SetupContext context, SetupResult result)
    {
        var admin = new ParticipationUser
        {
            UserName = context.AdminUserName.Trim(),
            Email = context.AdminEmail.Trim(),
            EmailConfirmed = true,
            DisplayName = context.AdminUserName.Trim(),
            PreferredCulture = "ar",
            CreatedUtc = clock.GetUtcNow().UtcDateTime,
        };
        var created = await users.CreateAsync(admin, context.AdminPassword);
        if (!created.Succeeded)
        {
            foreach (var error in created.Errors) result.Fail(FieldOf(error.Code), error.Description);
            return;
        }
        await users.AddToRoleAsync(admin, RoleNames.Administrator);
        result.AdminUserId = admin.Id;
    }

    private static string FieldOf(string identityErrorCode) => identityErrorCode switch
    {
        var c when c.StartsWith("Password", StringComparison.Ordinal) => nameof(SetupContext.AdminPassword),
        var c when c.Contains("Email", StringComparison.Ordinal) => nameof(SetupContext.AdminEmail),
        _ => nameof(SetupContext.AdminUserName),
    };
}
