namespace Participation.Security;

/// <summary>Permissions the host itself checks.</summary>
public static class StandardPermissions
{
    /// <summary>Everything; held by the Administrator role.</summary>
    public static readonly Permission SiteOwner = new("SiteOwner", "Site owners: every permission") { Category = "Security" };

    /// <summary>Opening the admin at all.</summary>
    public static readonly Permission AccessAdminPanel = new("AccessAdminPanel", "Open the admin", SiteOwner) { Category = "Admin" };
}
