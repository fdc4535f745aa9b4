using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Participation.Caching;
using Participation.Comments.Models;
using Participation.Data;
using Participation.Users;

namespace Participation.Comments.Services;

/// <summary>A deleted account's comments stay, without a name, on every page at once.</summary>
public sealed class CommentAuthorAnonymiser(IDataSession session, IPageCache pages) : IUserDeletionHandler
{
    public async Task AnonymiseAsync(ParticipationUser user)
    {
        await session.Set<Comment>().Where(c => c.AuthorId == user.Id).ExecuteUpdateAsync(s => s.SetProperty(c => c.AuthorId, (string?)null).SetProperty(c => c.AuthorName, ""));
        await pages.EvictAsync(CacheTags.Site);
    }
}
