using Microsoft.AspNetCore.Identity;

namespace Participation.Users;

/// <summary>A staff member or citizen account (ASP.NET Core Identity).</summary>
public sealed class ParticipationUser : IdentityUser
{
    /// <summary>The name shown with contributions; never the email.</summary>
    public string DisplayName { get; set; } = "";
    public string PreferredCulture { get; set; } = "ar";
    public DateTime CreatedUtc { get; set; }
}
