using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Participation.Data;
using Participation.Ideas.Models;
using Participation.Users;
using Participation.Workflows;

namespace Participation.Ideas.Services;

/// <summary>Who took part in an idea, for "email the participants": its author and its supporters (of a merged idea, those it had when merged).</summary>
public sealed class IdeaParticipants(IDataSession session, UserManager<ParticipationUser> users) : IParticipantProvider
{
    public async Task<IReadOnlyList<Participant>> GetParticipantsAsync(string contentItemId)
    {
        var authors = session.Set<IdeaIndex>().Where(x => x.ContentItemId == contentItemId && x.AuthorId != null).Select(x => x.AuthorId!);
        var supporters = session.Set<IdeaSupport>().Where(s => s.IdeaId == contentItemId).Select(s => s.UserId)
            .Concat(session.Set<IdeaMergedSupporter>().Where(s => s.IdeaId == contentItemId).Select(s => s.UserId));
        return await users.Users.Where(u => (authors.Contains(u.Id) || supporters.Contains(u.Id)) && u.Email != null)
            .Select(u => new Participant(u.Email!, u.DisplayName, u.PreferredCulture)).ToListAsync();
    }
}
