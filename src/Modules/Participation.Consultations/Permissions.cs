using Participation.Security;

namespace Participation.Consultations;

public sealed class Permissions : IPermissionProvider
{
    public static readonly Permission AnalyseConsultations = new("AnalyseConsultations", "Read, classify and export consultation contributions; produce archive reports", StandardPermissions.SiteOwner) { Category = "Consultations" };

    public static readonly Permission ManageAudiences = new("ManageAudiences", "Edit the list of target audiences", StandardPermissions.SiteOwner) { Category = "Consultations" };

    public IEnumerable<Permission> GetPermissions() => [AnalyseConsultations, ManageAudiences];

    public IEnumerable<PermissionStereotype> GetDefaultStereotypes() =>
    [
        new(RoleNames.Editor, [AnalyseConsultations]),
        new(RoleNames.Analyst, [AnalyseConsultations]),
    ];
}
