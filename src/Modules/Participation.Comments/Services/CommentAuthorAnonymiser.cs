using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Participation.Caching;
using Participation.Comments.Models;
using Participation.Data;
using Participation.Users;

namespace Participation.Comments.Services;

/// <summary>A deleted account's comments stay, without a name, on every page at once.</summary>
public sealed class CommentAuthorAnonymiser(IDataSession session, IPageCache pages, OwnCommentItems own) : IUserDeletionHandler
{
    public async Task AnonymiseAsync(ParticipationUser user)
    {
        // The participants an item counts drop with the names, in one transaction.
        var transaction = session.Database.CurrentTransaction is null ? await session.Database.BeginTransactionAsync() : null;
        await using (transaction)
        {
            await CommentCounters.ForgetContributorAsync(session, user.Id);
            await session.Set<Comment>().Where(c => c.AuthorId == user.Id).ExecuteUpdateAsync(s => s.SetProperty(c => c.AuthorId, (string?)null).SetProperty(c => c.AuthorName, ""));
            if (transaction is not null) await transaction.CommitAsync();
        }
        own.Forget(user.Id);
        await pages.EvictAsync(CacheTags.Site);
    }
}
