using Microsoft.AspNetCore.Identity;
using Participation.Security;

namespace Participation.Users.Services;

/// <summary>Creates the roles every site has and grants them the modules' default permissions.</summary>
public sealed class DefaultRoles(RoleManager<ParticipationRole> roleManager, IEnumerable<IPermissionProvider> permissionProviders, IRolePermissions rolePermissions)
{
    private static readonly Dictionary<string, string> Descriptions = new()
    {
        [RoleNames.Administrator] = "Runs the site: every permission.",
        [RoleNames.Editor] = "Proposes and publishes consultations, polls, surveys and pages; answers participants.",
        [RoleNames.Moderator] = "Reviews contributions, hides them with a reason, bans repeat violators.",
        [RoleNames.DepartmentOfficer] = "Handles the requests routed to their department.",
        [RoleNames.Analyst] = "Reads statistics, exports data, writes decisions and archive reports.",
        [RoleNames.Authenticated] = "Every signed-in person, citizens included.",
        [RoleNames.Anonymous] = "Visitors who are not signed in.",
    };

    public async Task EnsureAsync()
    {
        foreach (var name in RoleNames.All)
        {
            if (await roleManager.FindByNameAsync(name) is not null) continue;
            var result = await roleManager.CreateAsync(new ParticipationRole(name) { Description = Descriptions[name] });
            if (!result.Succeeded) throw new InvalidOperationException($"Could not create role {name}: {string.Join("; ", result.Errors.Select(e => e.Description))}");
        }
        var stereotypes = permissionProviders.SelectMany(p => p.GetDefaultStereotypes());
        foreach (var group in stereotypes.GroupBy(s => s.RoleName, StringComparer.OrdinalIgnoreCase))
        {
            var current = await rolePermissions.GetAsync(group.Key);
            await rolePermissions.SetAsync(group.Key, current.Concat(group.SelectMany(s => s.Permissions).Select(p => p.Name)));
        }
    }
}
