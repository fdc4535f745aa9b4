using Microsoft.EntityFrameworkCore;
using Participation.AuditTrail.Models;
using Participation.Data;
using Participation.Users;

namespace Participation.AuditTrail.Handlers;

/// <summary>The entries stay when an account is deleted; the name they carried does not.</summary>
public sealed class AuditTrailAnonymiser(IDataSession session) : IUserDeletionHandler
{
    public Task AnonymiseAsync(ParticipationUser user)
        => session.Set<AuditTrailEvent>().Where(e => e.UserName == user.UserName).ExecuteUpdateAsync(s => s.SetProperty(e => e.UserName, (string?)null));
}
