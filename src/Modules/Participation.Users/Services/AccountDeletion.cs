using Participation.AuditTrail;
using Microsoft.AspNetCore.Identity;

namespace Participation.Users.Services;

/// <summary>
/// Deletes an account under the PDPL: every module first anonymises what the person
/// contributed, then the account and its personal data go.
/// </summary>
public sealed class AccountDeletion(UserManager<ParticipationUser> users, IEnumerable<IUserDeletionHandler> handlers, IAuditTrail auditTrail)
{
    public async Task<IdentityResult> DeleteAsync(ParticipationUser user)
    {
        foreach (var handler in handlers) await handler.AnonymiseAsync(user);
        var result = await users.DeleteAsync(user);
        // The entry names no one: the account is gone, only the fact remains.
        if (result.Succeeded) await auditTrail.RecordAsync("User", "AccountDeleted", anonymous: true);
        return result;
    }
}
