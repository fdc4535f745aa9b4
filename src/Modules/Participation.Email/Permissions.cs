using Participation.Security;

namespace Participation.Email;

public sealed class Permissions : IPermissionProvider
{
    public static readonly Permission ManageEmail = new("ManageEmail", "Set up SMTP, see the outbox and retry failed emails", StandardPermissions.SiteOwner) { Category = "Email" };

    public IEnumerable<Permission> GetPermissions() => [ManageEmail];
}
