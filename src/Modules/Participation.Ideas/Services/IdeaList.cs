using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Participation.Caching;
using Participation.Data;
using Participation.Ideas.Models;

namespace Participation.Ideas.Services;

/// <summary>The orders of a topic's ideas.</summary>
public enum IdeaSort { Trending, MostSupported, Newest, Random }

/// <summary>What the topic page asks for: the order, the filters, the words, and where the page starts.</summary>
public sealed record IdeaListRequest(string TopicId, IdeaSort Sort, string? Category = null, string? Status = null, string? Query = null, int Seed = 0, string? After = null);

/// <summary>A page of ideas and the cursor of the next one (null on the last).</summary>
public sealed record IdeaListPage(IReadOnlyList<IdeaIndex> Rows, string? Next);

/// <summary>
/// A topic's public ideas from the index table, filtered and ordered in SQL and paged by keyset
/// (the order's value and the id in the "next page" link, never an offset). Words go through
/// the search index, whose hits are intersected with the rows.
/// </summary>
public sealed class IdeaList(IDataSession session, IdeaSearch search, IdeaCustomStatuses customStatuses, IPageCache pageCache)
{
    public const int PageSize = 20;
    /// <summary>The range of <see cref="IdeaIndex.Shuffle"/> and of a visitor's seed (a prime, so every seed gives a new order).</summary>
    public const int ShuffleRange = 1_000_003;
    private const int SearchHits = 500;

    public async Task<IdeaListPage> ReadAsync(IdeaListRequest request)
    {
        var query = session.Set<IdeaIndex>().AsNoTracking().Where(x => x.TopicId == request.TopicId);
        // A status the admin defined narrows what it counts as, so the (topic, status) indexes still serve it.
        var defined = (await customStatuses.ListAsync()).Find(request.Status);
        query = defined is not null ? query.Where(x => x.Status == defined.CountsAs && x.CustomStatus == defined.Key)
            : request.Status is { Length: > 0 } status && IdeaStatus.Listed.Contains(status)
            ? query.Where(x => x.Status == status)
            : query.Where(x => IdeaStatus.Listed.Contains(x.Status));
        if (request.Category is { Length: > 0 } category) query = query.Where(x => x.Category == category);
        if (request.Query is { Length: > 0 } words)
        {
            pageCache.Tag(CacheTags.SearchIndex(IdeaSearch.IndexName));
            var hits = await search.FindAsync(request.TopicId, words, SearchHits);
            query = query.Where(x => hits.Contains(x.ContentItemId));
        }
        var seed = Math.Abs(request.Seed % ShuffleRange);
        var (key, id) = Cursor(request.After);
        var rows = request.Sort switch
        {
            IdeaSort.MostSupported => await (key is null ? query : Long(key) is var n ? query.Where(x => x.Supports < n || (x.Supports == n && string.Compare(x.ContentItemId, id) < 0)) : query)
                .OrderByDescending(x => x.Supports).ThenByDescending(x => x.ContentItemId).Take(PageSize + 1).ToListAsync(),
            IdeaSort.Newest => await (key is null ? query : new DateTime(Math.Clamp(Long(key), 0, DateTime.MaxValue.Ticks), DateTimeKind.Utc) is var t ? query.Where(x => x.PublishedUtc < t || (x.PublishedUtc == t && string.Compare(x.ContentItemId, id) < 0)) : query)
                .OrderByDescending(x => x.PublishedUtc).ThenByDescending(x => x.ContentItemId).Take(PageSize + 1).ToListAsync(),
            IdeaSort.Random => await (key is null ? query : Long(key) is var r ? query.Where(x => (x.Shuffle + seed) % ShuffleRange > r || ((x.Shuffle + seed) % ShuffleRange == r && string.Compare(x.ContentItemId, id) > 0)) : query)
                .OrderBy(x => (x.Shuffle + seed) % ShuffleRange).ThenBy(x => x.ContentItemId).Take(PageSize + 1).ToListAsync(),
            _ => await (key is null ? query : Double(key) is var h ? query.Where(x => x.Heat < h || (x.Heat == h && string.Compare(x.ContentItemId, id) < 0)) : query)
                .OrderByDescending(x => x.Heat).ThenByDescending(x => x.ContentItemId).Take(PageSize + 1).ToListAsync(),
        };
        var page = rows.Take(PageSize).ToList();
        return new(page, rows.Count > PageSize ? CursorOf(page[^1], request.Sort, seed) : null);
    }

    private static string CursorOf(IdeaIndex last, IdeaSort sort, int seed) => sort switch
    {
        IdeaSort.MostSupported => last.Supports.ToString(CultureInfo.InvariantCulture),
        IdeaSort.Newest => (last.PublishedUtc ?? last.CreatedUtc).Ticks.ToString(CultureInfo.InvariantCulture),
        IdeaSort.Random => ((last.Shuffle + seed) % ShuffleRange).ToString(CultureInfo.InvariantCulture),
        _ => last.Heat.ToString("R", CultureInfo.InvariantCulture),
    } + "_" + last.ContentItemId;

    /// <summary>A cursor this wrote, or nothing (a link edited by hand pages from the start).</summary>
    private static (string? Key, string Id) Cursor(string? after)
    {
        var parts = (after ?? "").Split('_');
        return parts.Length == 2 && parts[1].Length is > 0 and <= 26 && double.TryParse(parts[0], NumberStyles.Float, CultureInfo.InvariantCulture, out _) ? (parts[0], parts[1]) : (null, "");
    }

    private static long Long(string key) => long.TryParse(key, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : 0;

    private static double Double(string key) => double.Parse(key, NumberStyles.Float, CultureInfo.InvariantCulture);
}
