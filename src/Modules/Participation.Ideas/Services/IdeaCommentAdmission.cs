using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Participation.Comments;
using Participation.ContentManagement;
using Participation.Data;
using Participation.Ideas.Models;

namespace Participation.Ideas.Services;

/// <summary>
/// Comments on an idea only while it is listed: a withdrawn, merged or refused idea keeps its page
/// (and the comments it had) but takes no more — the form is not shown, and a post made anyway is refused.
/// </summary>
public sealed class IdeaCommentAdmission(IDataSession session, IStringLocalizer<IdeaCommentAdmission> T) : ICommentAdmission
{
    public async Task<LocalizedString?> RefusalAsync(ContentItem item)
    {
        if (item.ContentType != ContentTypes.Idea) return null;
        var status = await session.Set<IdeaIndex>().Where(x => x.ContentItemId == item.ContentItemId).Select(x => x.Status).FirstOrDefaultAsync();
        if (status is not null && IdeaStatus.Listed.Contains(status)) return null;
        return status switch
        {
            IdeaStatus.Withdrawn => T["This idea was withdrawn by its author: it takes no more comments."],
            IdeaStatus.Merged => T["This idea was merged into another: comment on that one instead."],
            _ => T["This idea is not published: it takes no comments."],
        };
    }
}
