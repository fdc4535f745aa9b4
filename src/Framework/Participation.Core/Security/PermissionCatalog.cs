namespace Participation.Security;

/// <summary>Every permission the modules declare, by name.</summary>
public sealed class PermissionCatalog(IEnumerable<IPermissionProvider> providers) : IPermissionCatalog
{
    private readonly Lazy<IReadOnlyDictionary<string, Permission>> _byName = new(() =>
        providers.SelectMany(p => p.GetPermissions()).Append(StandardPermissions.SiteOwner).Append(StandardPermissions.AccessAdminPanel)
            .GroupBy(p => p.Name).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal));

    public IReadOnlyCollection<Permission> All => _byName.Value.Values.ToList();
    public Permission? Find(string name) => _byName.Value.GetValueOrDefault(name);
}
