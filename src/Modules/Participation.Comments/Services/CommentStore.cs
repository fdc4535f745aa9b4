using System.Globalization;
using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Participation.Comments.Domain;
using Participation.Comments.Models;
using Participation.Data;

namespace Participation.Comments.Services;

/// <summary>Other modules' view of the comments table (moderation, analysis, reports).</summary>
public sealed class CommentStore(IDataSession session) : ICommentStore
{
    /// <summary>The read model, projected in SQL.</summary>
    internal static readonly Expression<Func<Comment, CommentInfo>> ToInfo = c => new CommentInfo
    {
        Id = c.Id, ContentItemId = c.ContentItemId, ParentId = c.ParentId, AuthorId = c.AuthorId, AuthorName = c.AuthorName,
        Text = c.Text, OriginalText = c.OriginalText, Status = c.Status, Flags = c.Flags, HiddenReason = c.HiddenReason,
        IsOfficial = c.IsOfficial, Rating = c.Rating, ReportCount = c.ReportCount, Stance = c.Stance, Audience = c.Audience,
        Tags = c.Tags, CreatedUtc = c.CreatedUtc, ModeratedUtc = c.ModeratedUtc, ModeratedBy = c.ModeratedBy,
    };

    /// <summary>The same projection for rows already loaded (compiled once).</summary>
    internal static readonly Func<Comment, CommentInfo> ToInfoOf = ToInfo.Compile();

    public async Task<IReadOnlyList<CommentInfo>> ListAsync(CommentQuery query)
        => await Ordered(query).Select(ToInfo).ToListAsync();

    public IAsyncEnumerable<CommentInfo> StreamAsync(CommentQuery query)
        => Ordered(query).Select(ToInfo).AsAsyncEnumerable();

    public async Task<int> CountAsync(CommentQuery query, CancellationToken cancellationToken = default)
    {
        // A total that is kept (a status, a queue tab, an item's contributions) is read, not counted.
        if (CommentCounting.CountFor(query) is { } kept) return (int)await KeptAsync(kept.ContentItemId, kept.Figure, kept.Key, cancellationToken);
        return await Filter(session.Set<Comment>(), query).CountAsync(cancellationToken);
    }

    private async Task<long> KeptAsync(string contentItemId, string figure, string key, CancellationToken cancellationToken)
        => await session.Set<CommentCount>().Where(c => c.ContentItemId == contentItemId && c.Figure == figure && c.Key == key).Select(c => c.Count).FirstOrDefaultAsync(cancellationToken);

    /// <summary>Read from the kept counts: one query whatever the number of contributions.</summary>
    public async Task<ContributionFigures> FiguresAsync(string contentItemId, IReadOnlyCollection<string> tags, CancellationToken cancellationToken = default)
    {
        var counts = await session.Set<CommentCount>().AsNoTracking().Where(c => c.ContentItemId == contentItemId && c.Count != 0).ToListAsync(cancellationToken);
        long One(string figure, string key = "") => counts.FirstOrDefault(c => c.Figure == figure && c.Key == key)?.Count ?? 0;
        List<(string? Key, int Count)> By(string figure) => [.. counts.Where(c => c.Figure == figure).Select(c => (c.Key == "" ? null : c.Key, (int)c.Count))];
        var wanted = tags.ToHashSet();
        return new ContributionFigures(
            (int)One(CommentCounting.Contributions),
            (int)One(CommentCounting.Participants),
            (int)One(CommentCounting.Replies),
            (int)One(CommentCounting.Official),
            (int)One(CommentCounting.Status, nameof(CommentStatus.Hidden)),
            By(CommentCounting.Stance),
            By(CommentCounting.Audience),
            [.. counts.Where(c => c.Figure == CommentCounting.Tag && wanted.Contains(c.Key)).OrderByDescending(c => c.Count).Select(c => (c.Key, (int)c.Count))],
            [.. counts.Where(c => c.Figure == CommentCounting.Hour).Select(c => (DateTime.SpecifyKind(DateTime.ParseExact(c.Key, CommentCounting.HourFormat, CultureInfo.InvariantCulture), DateTimeKind.Utc), (int)c.Count)).OrderBy(x => x.Item1)]);
    }

    public async Task<IReadOnlyDictionary<string, ItemContributions>> ContributionCountsAsync(IReadOnlyCollection<string> contentItemIds, DateTime? fromUtc = null, DateTime? toUtc = null, CancellationToken cancellationToken = default)
    {
        if (contentItemIds.Count == 0) return new Dictionary<string, ItemContributions>();
        var contributions = session.Set<Comment>().Where(c => contentItemIds.Contains(c.ContentItemId) && c.ParentId == null && !c.IsOfficial && c.Status == CommentStatus.Published);
        if (fromUtc is { } from) contributions = contributions.Where(c => c.CreatedUtc >= from);
        if (toUtc is { } to) contributions = contributions.Where(c => c.CreatedUtc < to);
        return await contributions.GroupBy(c => c.ContentItemId)
            .Select(g => new { g.Key, Count = g.Count(), People = g.Where(c => c.AuthorId != null).Select(c => c.AuthorId).Distinct().Count() })
            .ToDictionaryAsync(x => x.Key, x => new ItemContributions(x.Count, x.People), cancellationToken);
    }

    /// <summary>Filtered, in (created, id) order, after the cursor, bounded by Take.</summary>
    private IQueryable<Comment> Ordered(CommentQuery query)
    {
        var comments = Filter(session.Set<Comment>().AsNoTracking(), query).After(query.After, query.NewestFirst);
        return query.Take is { } take ? comments.Take(take) : comments;
    }

    public async Task<IReadOnlyDictionary<string, int>> CountHiddenByAuthorAsync(IReadOnlyCollection<string> authorIds, DateTime sinceUtc)
    {
        if (authorIds.Count == 0) return new Dictionary<string, int>();
        return await session.Set<Comment>()
            .Where(c => c.AuthorId != null && authorIds.Contains(c.AuthorId) && c.Status == CommentStatus.Hidden && c.CreatedUtc >= sinceUtc)
            .GroupBy(c => c.AuthorId!).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count);
    }

    public async Task<PendingComments> PendingAsync(CancellationToken cancellationToken = default)
    {
        var count = (int)await KeptAsync(CommentCounting.Site, CommentCounting.Status, nameof(CommentStatus.Pending), cancellationToken);
        return new PendingComments(count, count == 0 ? null : await session.Set<Comment>().Where(c => c.Status == CommentStatus.Pending).MinAsync(c => c.CreatedUtc, cancellationToken));
    }

    public async Task<bool> SetTagsAsync(string contentItemId, long commentId, IReadOnlyCollection<string> tags)
    {
        var comment = await session.Set<Comment>().FirstOrDefaultAsync(c => c.Id == commentId && c.ContentItemId == contentItemId);
        if (comment is null) return false;
        comment.Tags = string.Join(",", tags.Distinct());
        await CommentCounters.SaveChangesAsync(session);
        return true;
    }

    private static IQueryable<Comment> Filter(IQueryable<Comment> comments, CommentQuery query)
    {
        if (query.ContentItemId is { Length: > 0 } item) comments = comments.Where(c => c.ContentItemId == item);
        if (query.AuthorId is { Length: > 0 } author) comments = comments.Where(c => c.AuthorId == author);
        if (query.Ids is { } ids) comments = comments.Where(c => ids.Contains(c.Id));
        if (query.Status is { } status) comments = comments.Where(c => c.Status == status);
        // Not hidden is written as a constant, so the database sees the Flagged and Reported tabs' own indexes (their filters name it).
        if (query.NotStatus is CommentStatus.Hidden) comments = comments.Where(c => c.Status != CommentStatus.Hidden);
        else if (query.NotStatus is { } notStatus) comments = comments.Where(c => c.Status != notStatus);
        if (query.Flagged) comments = comments.Where(c => c.Flags != "");
        if (query.Reported) comments = comments.Where(c => c.ReportCount > 0);
        if (query.Reason is { Length: > 0 } reason) comments = comments.Where(c => c.Flags.Contains(reason) || c.HiddenReason == reason);
        if (query.TopLevel is { } topLevel) comments = topLevel ? comments.Where(c => c.ParentId == null) : comments.Where(c => c.ParentId != null);
        if (query.ParentIds is { } parents) comments = comments.Where(c => c.ParentId != null && parents.Contains(c.ParentId.Value));
        if (query.Official is { } official) comments = comments.Where(c => c.IsOfficial == official);
        if (query.Stance is { Length: > 0 } stance) comments = stance == "none" ? comments.Where(c => c.Stance == null) : comments.Where(c => c.Stance == stance);
        if (query.Tag is { Length: > 0 } tag) comments = comments.Where(c => ("," + c.Tags + ",").Contains("," + tag + ","));
        if (query.CreatedAfterUtc is { } after) comments = comments.Where(c => c.CreatedUtc > after);
        if (query.CreatedBeforeUtc is { } before) comments = comments.Where(c => c.CreatedUtc <= before);
        return comments;
    }
}
