using Microsoft.AspNetCore.Identity;

namespace Participation.Users;

public sealed class ParticipationRole : IdentityRole
{
    public ParticipationRole() { }
    public ParticipationRole(string name) : base(name) { }
    public string Description { get; set; } = "";
}
