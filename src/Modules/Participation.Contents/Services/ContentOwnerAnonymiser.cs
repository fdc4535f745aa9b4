using Microsoft.EntityFrameworkCore;
using Participation.ContentManagement;
using Participation.Data;
using Participation.Users;

namespace Participation.Contents.Services;

/// <summary>A deleted account's items stay, without an owner.</summary>
public sealed class ContentOwnerAnonymiser(IDataSession session) : IUserDeletionHandler
{
    public Task AnonymiseAsync(ParticipationUser user)
        => session.Set<ContentItem>().Where(x => x.Owner == user.Id).ExecuteUpdateAsync(s => s.SetProperty(x => x.Owner, (string?)null));
}
