namespace Participation.Users;

/// <summary>
/// Called before an account is deleted so each module anonymises what the user contributed
/// (PDPL: the contributions stay, the person does not).
/// </summary>
public interface IUserDeletionHandler
{
    Task AnonymiseAsync(ParticipationUser user);
}
