using Microsoft.EntityFrameworkCore;
using Participation.Caching;
using Participation.Data;
using Participation.Users.Services;
using Participation.Users.Models;

namespace Participation.Users.Handlers;

/// <summary>Deleting an account deletes its verified identity (PDPL): the person may then bind it to a new account.</summary>
public sealed class NationalIdentityDeletion(IDataSession session, IDataCache cache) : IUserDeletionHandler
{
    public async Task AnonymiseAsync(ParticipationUser user)
    {
        await session.Set<NationalIdentity>().Where(i => i.UserId == user.Id).ExecuteDeleteAsync();
        // The cached account says it is verified; saving the anonymised account evicts it too.
        cache.Evict(SessionStamps.Key(user.Id));
    }
}
