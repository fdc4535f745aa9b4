using Participation.Security;

namespace Participation.Transparency;

public sealed class Permissions : IPermissionProvider
{
    /// <summary>Analysts and heads: participation over time, by department.</summary>
    public static readonly Permission ViewParticipationReports = new("ViewParticipationReports", "See the participation dashboard and the impact reports", StandardPermissions.SiteOwner) { Category = "Transparency" };

    public IEnumerable<Permission> GetPermissions() => [ViewParticipationReports];
}
