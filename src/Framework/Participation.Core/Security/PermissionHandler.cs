using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;

namespace Participation.Security;

/// <summary>
/// Grants a permission when one of the user's roles (plus Authenticated or Anonymous) holds
/// it or a permission that implies it. Administrators hold every permission.
/// </summary>
public sealed class PermissionHandler(IRolePermissions rolePermissions) : AuthorizationHandler<PermissionRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, PermissionRequirement requirement)
    {
        var roles = RolesOf(context.User);
        if (roles.Contains(RoleNames.Administrator, StringComparer.OrdinalIgnoreCase))
        {
            context.Succeed(requirement);
            return;
        }
        var held = new HashSet<string>(StringComparer.Ordinal);
        foreach (var role in roles) held.UnionWith(await rolePermissions.GetAsync(role));
        if (Holds(requirement.Permission, held)) context.Succeed(requirement);
    }

    internal static IReadOnlyList<string> RolesOf(ClaimsPrincipal user) => user.Identity?.IsAuthenticated == true
        ? [.. user.FindAll(ClaimTypes.Role).Select(c => c.Value), RoleNames.Authenticated]
        : [RoleNames.Anonymous];

    internal static bool Holds(Permission permission, IReadOnlySet<string> held)
        => held.Contains(permission.Name) || permission.ImpliedBy.Any(p => Holds(p, held));
}
