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

public sealed class ParticipationRole : IdentityRole
{
    public ParticipationRole() { }
    public ParticipationRole(string name) : base(name) { }
    public string Description { get; set; } = "";
}

/// <summary>
/// Called before an account is deleted so each module anonymises what the user contributed
/// (PDPL: the contributions stay, the person does not).
/// </summary>
public interface IUserDeletionHandler
{
    Task AnonymiseAsync(ParticipationUser user);
}
