using Participation.Recipes;
using Participation.Security;

namespace Participation.Moderation;

public sealed class Permissions : IPermissionProvider
{
    public static readonly Permission ModerateContributions = new("ModerateContributions", "Review, approve, hide and edit contributions; ban participants", StandardPermissions.SiteOwner) { Category = "Moderation" };
    public static readonly Permission ManageModerationPolicy = new("ManageModerationPolicy", "Edit the hide reasons, the lexicon and the moderation settings", StandardPermissions.SiteOwner) { Category = "Moderation" };

    public IEnumerable<Permission> GetPermissions() => [ModerateContributions, ManageModerationPolicy];

    public IEnumerable<PermissionStereotype> GetDefaultStereotypes() => [new(RoleNames.Moderator, [ModerateContributions])];
}
