using Participation.Security;

namespace Participation.Polls;

public sealed class Permissions : IPermissionProvider
{
    public static readonly Permission ExportPollResults = new("ExportPollResults", "Export polls' results by option and by day", StandardPermissions.SiteOwner) { Category = "Polls" };

    public IEnumerable<Permission> GetPermissions() => [ExportPollResults];
}
