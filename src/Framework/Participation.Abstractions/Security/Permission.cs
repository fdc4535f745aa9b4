using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;

namespace Participation.Security;

/// <summary>
/// A named right, declared by the module that checks it. A permission is granted to a role;
/// holding any permission in <see cref="ImpliedBy"/> grants it too.
/// </summary>
public sealed class Permission(string name, string description, params Permission[] impliedBy)
{
    public const string ClaimType = "Permission";

    public string Name { get; } = name;
    public string Description { get; } = description;
    public IReadOnlyList<Permission> ImpliedBy { get; } = impliedBy;
    /// <summary>The module that declared it, for grouping on the roles page.</summary>
    public string Category { get; init; } = "";

    public override string ToString() => Name;
}

/// <summary>A module's permissions, and which of the default roles get them at setup.</summary>
public interface IPermissionProvider
{
    IEnumerable<Permission> GetPermissions();
    IEnumerable<PermissionStereotype> GetDefaultStereotypes() => [];
}

/// <summary>A default role name and the permissions it gets.</summary>
public sealed record PermissionStereotype(string RoleName, IReadOnlyList<Permission> Permissions);

/// <summary>The roles every site has.</summary>
public static class RoleNames
{
    public const string Administrator = "Administrator";
    public const string Editor = "Editor";
    public const string Moderator = "Moderator";
    public const string DepartmentOfficer = "DepartmentOfficer";
    public const string Analyst = "Analyst";
    /// <summary>Every signed-in user (citizens and staff) holds it implicitly.</summary>
    public const string Authenticated = "Authenticated";
    /// <summary>Visitors who are not signed in.</summary>
    public const string Anonymous = "Anonymous";

    public static readonly string[] All = [Administrator, Editor, Moderator, DepartmentOfficer, Analyst, Authenticated, Anonymous];
}

/// <summary>The requirement behind <see cref="AuthorizationServiceExtensions.AuthorizeAsync(IAuthorizationService, ClaimsPrincipal, Permission)"/>.</summary>
public sealed class PermissionRequirement(Permission permission) : IAuthorizationRequirement
{
    public Permission Permission { get; } = permission;
}

public static class AuthorizationServiceExtensions
{
    public static async Task<bool> AuthorizeAsync(this IAuthorizationService service, ClaimsPrincipal user, Permission permission)
        => (await service.AuthorizeAsync(user, null, new PermissionRequirement(permission))).Succeeded;
}
