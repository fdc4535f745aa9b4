using Microsoft.EntityFrameworkCore;
using Participation.Caching;
using Participation.ContentManagement;
using Participation.Consultations.Models;
using Participation.Data;
using Participation.Search;

namespace Participation.Consultations.Services;

/// <summary>What a visitor asked the public list for: filters, words, and the page's cursor.</summary>
public sealed record ConsultationListRequest(string? Stage, string? Department, string? Audience, string? Query, string? After, int Take = ConsultationList.PageSize);

/// <summary>One page of the list; <see cref="Next"/> is the cursor of the following page, null on the last.</summary>
public sealed record ConsultationListPage(IReadOnlyList<ContentItem> Items, string? Next);

/// <summary>
/// The public list from the index tables: filters in SQL, words through <see cref="ISearchIndex"/>,
/// keyset pages in <see cref="ConsultationListOrder"/>, each consultation once in the visitor's language.
/// </summary>
public sealed class ConsultationList(IDataSession session, ISearchIndex search, IContentManager contentManager, IPageCache pageCache)
{
    public const int PageSize = 20;
    /// <summary>The most search hits a list considers; beyond that, the least relevant are left out.</summary>
    private const int MaxSearchHits = 10_000;

    public async Task<ConsultationListPage> ReadAsync(ConsultationListRequest request, string culture)
    {
        var listed = Listed();
        // Each consultation once: the translation in the visitor's language, else the set's first.
        var visible = listed.Where(c => c.Culture == culture
            || !listed.Any(o => o.LocalizationSet == c.LocalizationSet && (o.Culture == culture || string.Compare(o.ContentItemId, c.ContentItemId) < 0)));
        var rows = visible;
        if (!string.IsNullOrEmpty(request.Stage)) rows = rows.Where(c => c.Stage == request.Stage);
        if (!string.IsNullOrEmpty(request.Department)) rows = rows.Where(c => c.Department == request.Department);
        if (!string.IsNullOrEmpty(request.Audience))
            rows = rows.Where(c => c.ForEveryone || session.Set<ConsultationAudienceIndex>().Any(a => a.ContentItemId == c.ContentItemId && a.Audience == request.Audience));
        if (!string.IsNullOrWhiteSpace(request.Query))
        {
            pageCache.Tag(CacheTags.SearchIndex(ConsultationIndexer.SearchIndexName));
            var hits = await search.SearchAsync(ConsultationIndexer.SearchIndexName, new SearchQuery(request.Query) { Take = MaxSearchHits });
            var ids = hits.Hits.Select(h => h.Id).ToList();
            rows = rows.Where(c => ids.Contains(c.ContentItemId));
        }
        if (!string.IsNullOrEmpty(request.After)) rows = rows.Where(c => string.Compare(c.SortKey, request.After) > 0);

        var page = await rows.OrderBy(c => c.SortKey).Select(c => new { c.ContentItemId, c.SortKey }).Take(request.Take + 1).ToListAsync();
        var shown = page.Take(request.Take).Select(c => c.ContentItemId).ToList();
        var items = await contentManager.Query().AsNoTracking().Where(x => shown.Contains(x.ContentItemId)).ToListAsync();
        return new ConsultationListPage(
            [.. items.OrderBy(x => shown.IndexOf(x.ContentItemId))],
            page.Count > request.Take ? page[request.Take - 1].SortKey : null);
    }

    /// <summary>The departments that have a listed consultation (the list's filter), read from the (Department, Stage) index alone.</summary>
    public Task<List<string>> DepartmentsAsync() => Listed().Where(c => c.Department != "").Select(c => c.Department).Distinct().ToListAsync();

    private IQueryable<ConsultationIndex> Listed() => session.Set<ConsultationIndex>().AsNoTracking().Where(c => c.Stage != ConsultationLifecycle.Draft);
}
