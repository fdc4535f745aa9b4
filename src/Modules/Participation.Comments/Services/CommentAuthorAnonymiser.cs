using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Participation.Comments.Models;
using Participation.Data;
using Participation.Users;

namespace Participation.Comments.Services;

/// <summary>A deleted account's comments stay, without a name.</summary>
public sealed class CommentAuthorAnonymiser(IDataSession session) : IUserDeletionHandler
{
    public Task AnonymiseAsync(ParticipationUser user)
        => session.Set<Comment>().Where(c => c.AuthorId == user.Id).ExecuteUpdateAsync(s => s.SetProperty(c => c.AuthorId, (string?)null).SetProperty(c => c.AuthorName, ""));
}
