using Participation.Security;
using Participation.Users;
using Participation.Workflows;

namespace Participation.Comments;

public sealed class Permissions : IPermissionProvider
{
    public static readonly Permission ReplyOfficially = new("ReplyOfficially", "Reply to participants in the agency's name", StandardPermissions.SiteOwner) { Category = "Comments" };

    public IEnumerable<Permission> GetPermissions() => [ReplyOfficially];

    public IEnumerable<PermissionStereotype> GetDefaultStereotypes() =>
    [
        new(RoleNames.Editor, [ReplyOfficially]),
        new(RoleNames.DepartmentOfficer, [ReplyOfficially]),
    ];
}
