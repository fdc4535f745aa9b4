using Participation.Security;

namespace Participation.Transparency;

public sealed class Permissions : IPermissionProvider
{
    /// <summary>Analysts and heads: participation over time, by department.</summary>
    public static readonly Permission ViewParticipationReports = new("ViewParticipationReports", "See the participation dashboard and the impact reports", StandardPermissions.SiteOwner) { Category = "Transparency" };

    /// <summary>Choosing the open data's licence and threshold, and rebuilding it now.</summary>
    public static readonly Permission ManageOpenData = new("ManageOpenData", "Choose the open data licence and rebuild the open data", StandardPermissions.SiteOwner) { Category = "Transparency" };

    public IEnumerable<Permission> GetPermissions() => [ViewParticipationReports, ManageOpenData];
}
