using Participation.Data;
using Participation.Comments.Models;

namespace Participation.Comments.Services;

/// <summary>Keyset paging over (created, id): the rows after a cursor, in order, read through an index.</summary>
internal static class CommentKeyset
{
    public static IQueryable<Comment> After(this IQueryable<Comment> comments, KeysetCursor? after, bool newestFirst)
    {
        if (after is not null)
        {
            var (at, id) = (after.At, after.Id);
            // The plain range on created comes first so the database seeks the index; the rest breaks ties on id.
            comments = newestFirst
                ? comments.Where(c => c.CreatedUtc <= at && (c.CreatedUtc < at || c.Id < id))
                : comments.Where(c => c.CreatedUtc >= at && (c.CreatedUtc > at || c.Id > id));
        }
        return newestFirst ? comments.OrderByDescending(c => c.CreatedUtc).ThenByDescending(c => c.Id) : comments.OrderBy(c => c.CreatedUtc).ThenBy(c => c.Id);
    }
}
