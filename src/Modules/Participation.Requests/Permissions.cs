using Participation.Security;

namespace Participation.Requests;

public sealed class Permissions : IPermissionProvider
{
    /// <summary>Supervisors: every department's requests, re-routing anywhere, the SLA figures.</summary>
    public static readonly Permission ManageAllRequests = new("ManageAllRequests", "Handle every department's requests and see the response figures", StandardPermissions.SiteOwner) { Category = "Requests" };
    /// <summary>Officers: the requests of the departments they belong to.</summary>
    public static readonly Permission HandleRequests = new("HandleRequests", "Handle the requests routed to one's departments", StandardPermissions.SiteOwner, ManageAllRequests) { Category = "Requests" };
    public static readonly Permission ManageRequestSettings = new("ManageRequestSettings", "Set up the request forms, categories, routing and office calendar", StandardPermissions.SiteOwner) { Category = "Requests" };

    /// <summary>Officers who may publish that a suggestion led to a change (a line on the results page).</summary>
    public static readonly Permission PublishRequestChanges = new("PublishRequestChanges", "Mark a suggestion as having led to a change, with its public summary", StandardPermissions.SiteOwner, ManageAllRequests) { Category = "Requests" };

    public IEnumerable<Permission> GetPermissions() => [HandleRequests, ManageAllRequests, ManageRequestSettings, PublishRequestChanges];
}
