using Participation.Navigation;

namespace Participation.AuditTrail;

public sealed class AdminMenu : INavigationProvider
{
    public void BuildNavigation(string menu, List<MenuItem> items)
    {
        if (menu != NavigationNames.Admin) return;
        items.Add(new MenuItem { Text = "Audit trail", Url = "/admin/audit", Position = "90", Permission = Permissions.ViewAuditTrail });
    }
}
