using Participation.Security;

namespace Participation.Surveys;

public sealed class Permissions : IPermissionProvider
{
    public static readonly Permission ManageSurveys = new("ManageSurveys", "Build surveys, manage the services they evaluate", StandardPermissions.SiteOwner) { Category = "Surveys" };

    public static readonly Permission AnalyseSurveys = new("AnalyseSurveys", "Read surveys' figures", StandardPermissions.SiteOwner, ManageSurveys) { Category = "Surveys" };

    public IEnumerable<Permission> GetPermissions() => [ManageSurveys, AnalyseSurveys];
}
