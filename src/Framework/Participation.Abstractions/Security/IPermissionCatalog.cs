namespace Participation.Security;

/// <summary>Every permission the modules declare.</summary>
public interface IPermissionCatalog
{
    IReadOnlyCollection<Permission> All { get; }
    Permission? Find(string name);
}

/// <summary>Reads and sets the permissions granted to a role.</summary>
public interface IRolePermissions
{
    Task<IReadOnlySet<string>> GetAsync(string roleName);
    /// <summary>Replaces the role's permissions; unknown names are refused by the caller.</summary>
    Task SetAsync(string roleName, IEnumerable<string> permissionNames);
}
