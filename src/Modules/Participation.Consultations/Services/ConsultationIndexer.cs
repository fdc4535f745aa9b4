using Microsoft.EntityFrameworkCore;
using Participation.ContentManagement;
using Participation.ContentManagement.Models;
using Participation.Consultations.Models;
using Participation.Data;
using Participation.Search;

namespace Participation.Consultations.Services;

/// <summary>
/// Keeps the index tables and the search index in step with the published consultations, and
/// rebuilds both from the content when they disagree with it (an older site, a seeded database,
/// a search index of an older analysis).
/// </summary>
public sealed class ConsultationIndexer(IDataSession session, ISearchIndex search) : ISearchIndexSource
{
    /// <summary>The search index name of consultations.</summary>
    public const string SearchIndexName = "consultations";

    public string Index => SearchIndexName;

    /// <summary>The search index's documents: the published consultations.</summary>
    public IAsyncEnumerable<SearchDocument> DocumentsAsync(CancellationToken cancellationToken) => Published().AsAsyncEnumerable().Select(Document);

    public async Task IndexAsync(ContentItem item)
    {
        var row = Row(item);
        var stored = await session.Set<ConsultationIndex>().FindAsync(item.ContentItemId);
        if (stored is null) session.Set<ConsultationIndex>().Add(row);
        else session.Set<ConsultationIndex>().Entry(stored).CurrentValues.SetValues(row);
        var audiences = session.Set<ConsultationAudienceIndex>();
        audiences.RemoveRange(await audiences.Where(a => a.ContentItemId == item.ContentItemId).ToListAsync());
        audiences.AddRange(Audiences(item));
        await session.SaveChangesAsync();
        await search.IndexAsync(SearchIndexName, Document(item));
    }

    public async Task RemoveAsync(string contentItemId)
    {
        await session.Set<ConsultationAudienceIndex>().Where(x => x.ContentItemId == contentItemId).ExecuteDeleteAsync();
        await session.Set<ConsultationIndex>().Where(x => x.ContentItemId == contentItemId).ExecuteDeleteAsync();
        await search.RemoveAsync(SearchIndexName, contentItemId);
    }

    /// <summary>A stage move changes the row's stage and place in the list, not its words.</summary>
    public async Task MoveAsync(string contentItemId, string stage)
    {
        var row = await session.Set<ConsultationIndex>().FindAsync(contentItemId);
        if (row is null) return;
        row.Stage = stage;
        row.SortKey = ConsultationListOrder.SortKey(stage, row.ClosesUtc, contentItemId);
        await session.SaveChangesAsync();
    }

    /// <summary>True when the tables or the search index do not hold one entry per published consultation.</summary>
    public async Task<bool> IsStaleAsync(CancellationToken cancellationToken)
    {
        var published = await Published().CountAsync(cancellationToken);
        return await session.Set<ConsultationIndex>().CountAsync(cancellationToken) != published
            || await search.CountAsync(SearchIndexName, cancellationToken) != published;
    }

    /// <summary>Both indexes again from the published consultations.</summary>
    public async Task RebuildAsync(CancellationToken cancellationToken)
    {
        await session.Set<ConsultationAudienceIndex>().ExecuteDeleteAsync(cancellationToken);
        await session.Set<ConsultationIndex>().ExecuteDeleteAsync(cancellationToken);
        await foreach (var item in Published().AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            session.Set<ConsultationIndex>().Add(Row(item));
            session.Set<ConsultationAudienceIndex>().AddRange(Audiences(item));
        }
        await session.SaveChangesAsync(cancellationToken);
        await search.ReplaceAllAsync(SearchIndexName, DocumentsAsync(cancellationToken), cancellationToken);
    }

    private IQueryable<ContentItem> Published()
        => session.Set<ContentItem>().AsNoTracking().Where(x => x.Published && x.ContentType == ContentTypes.Consultation).OrderBy(x => x.Id);

    private static ConsultationIndex Row(ContentItem item)
    {
        var part = item.As<ConsultationPart>();
        var set = item.As<LocalizationPart>().LocalizationSet;
        var stage = item.Stage ?? ConsultationLifecycle.Draft;
        return new ConsultationIndex
        {
            ContentItemId = item.ContentItemId,
            Culture = item.Culture ?? "",
            LocalizationSet = set is { Length: > 0 } ? set : item.ContentItemId,
            Stage = stage,
            Department = part.Department,
            ForEveryone = part.Audiences.Count == 0,
            OpensUtc = part.OpensUtc,
            ClosesUtc = part.ClosesUtc,
            DisplayText = item.DisplayText,
            SortKey = ConsultationListOrder.SortKey(stage, part.ClosesUtc, item.ContentItemId),
        };
    }

    private static IEnumerable<ConsultationAudienceIndex> Audiences(ContentItem item)
        => item.As<ConsultationPart>().Audiences.Distinct().Select(a => new ConsultationAudienceIndex { ContentItemId = item.ContentItemId, Audience = a });

    /// <summary>What the list's search looks in: the title, the summary and the body, as before.</summary>
    private static SearchDocument Document(ContentItem item) => new(item.ContentItemId, item.Culture ?? "ar", new Dictionary<string, string>
    {
        ["title"] = item.DisplayText,
        ["summary"] = item.As<ConsultationPart>().Summary,
        ["body"] = item.As<MarkdownBodyPart>().Markdown,
    });
}
