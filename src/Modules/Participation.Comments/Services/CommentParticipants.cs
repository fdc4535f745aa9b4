using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Participation.Comments.Models;
using Participation.Data;
using Participation.Users;
using Participation.Workflows;

namespace Participation.Comments.Services;

/// <summary>Who took part: authors of published, non-official comments.</summary>
public sealed class CommentParticipants(IDataSession session, UserManager<ParticipationUser> users) : IParticipantProvider
{
    public async Task<IReadOnlyList<Participant>> GetParticipantsAsync(string contentItemId)
    {
        var authorIds = session.Set<Comment>()
            .Where(c => c.ContentItemId == contentItemId && c.Status == CommentStatus.Published && !c.IsOfficial && c.AuthorId != null)
            .Select(c => c.AuthorId!);
        return await users.Users.Where(u => authorIds.Contains(u.Id) && u.Email != null)
            .Select(u => new Participant(u.Email!, u.DisplayName, u.PreferredCulture)).ToListAsync();
    }
}
