using Microsoft.EntityFrameworkCore;
using Participation.Data;
using Participation.Users.Models;

namespace Participation.Users.Handlers;

/// <summary>Deleting an account deletes its verified identity (PDPL): the person may then bind it to a new account.</summary>
public sealed class NationalIdentityDeletion(IDataSession session) : IUserDeletionHandler
{
    public async Task AnonymiseAsync(ParticipationUser user)
        => await session.Set<NationalIdentity>().Where(i => i.UserId == user.Id).ExecuteDeleteAsync();
}
