using Participation.Security;

namespace Participation.Contents;

public sealed class Permissions : IPermissionProvider
{
    private const string Category = "Content";
    public static readonly Permission PublishContent = new("PublishContent", "Publish and unpublish content", StandardPermissions.SiteOwner) { Category = Category };
    public static readonly Permission EditContent = new("EditContent", "Create, edit and preview content drafts", PublishContent, StandardPermissions.SiteOwner) { Category = Category };
    public static readonly Permission DeleteContent = new("DeleteContent", "Delete content", StandardPermissions.SiteOwner) { Category = Category };

    public IEnumerable<Permission> GetPermissions() => [EditContent, PublishContent, DeleteContent];

    public IEnumerable<PermissionStereotype> GetDefaultStereotypes() =>
    [
        new(RoleNames.Editor, [StandardPermissions.AccessAdminPanel, EditContent, PublishContent, DeleteContent]),
        new(RoleNames.Moderator, [StandardPermissions.AccessAdminPanel]),
        new(RoleNames.DepartmentOfficer, [StandardPermissions.AccessAdminPanel]),
    ];
}
