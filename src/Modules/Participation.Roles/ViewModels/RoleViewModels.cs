using Participation.Users;
using Participation.Security;

namespace Participation.Roles.ViewModels;

public sealed record RoleListViewModel(IReadOnlyList<ParticipationRole> Roles);

public sealed class EditRoleViewModel
{
    public required ParticipationRole Role { get; init; }
    public required IReadOnlyList<IGrouping<string, Permission>> PermissionsByCategory { get; init; }
    public required IReadOnlySet<string> Granted { get; init; }
    public bool IsAdministrator { get; init; }
}
