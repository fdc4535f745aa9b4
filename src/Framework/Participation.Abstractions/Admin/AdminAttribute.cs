namespace Participation.Admin;

/// <summary>
/// Puts a controller or action in the admin: only signed-in users holding AccessAdminPanel
/// reach it, and it renders with the admin theme.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class AdminAttribute : Attribute
{
    /// <summary>Set in <c>HttpContext.Items</c> for admin requests; the theme picks its layout from it.</summary>
    public const string RequestItemKey = "Participation.IsAdmin";
}
