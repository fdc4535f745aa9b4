using Microsoft.EntityFrameworkCore;
using Participation.ContentManagement;
using Participation.Data;
using Participation.Users;

namespace Participation.Contents.Services;

/// <summary>A deleted account's items stay, without an owner or author name (a citizen's user name is their email).</summary>
public sealed class ContentOwnerAnonymiser(IDataSession session) : IUserDeletionHandler
{
    public async Task AnonymiseAsync(ParticipationUser user)
    {
        await session.Set<ContentItem>().Where(x => x.Owner == user.Id).ExecuteUpdateAsync(s => s.SetProperty(x => x.Owner, (string?)null));
        await session.Set<ContentItem>().Where(x => x.Author == user.UserName).ExecuteUpdateAsync(s => s.SetProperty(x => x.Author, (string?)null));
    }
}
