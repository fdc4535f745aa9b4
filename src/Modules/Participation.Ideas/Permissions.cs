using Participation.Security;

namespace Participation.Ideas;

public sealed class Permissions : IPermissionProvider
{
    public static readonly Permission ReviewIdeas = new("ReviewIdeas", "Approve or refuse submitted ideas against the participation terms", StandardPermissions.SiteOwner) { Category = "Ideas" };

    public static readonly Permission AnswerIdeas = new("AnswerIdeas", "Study ideas and give them their status and official answer", StandardPermissions.SiteOwner) { Category = "Ideas" };

    public static readonly Permission ManageIdeaStatuses = new("ManageIdeaStatuses", "Define the statuses ideas may have beyond the shipped ones", StandardPermissions.SiteOwner) { Category = "Ideas" };

    public IEnumerable<Permission> GetPermissions() => [ReviewIdeas, AnswerIdeas, ManageIdeaStatuses];
}
