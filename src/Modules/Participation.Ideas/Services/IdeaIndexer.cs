using Microsoft.EntityFrameworkCore;
using Participation.ContentManagement;
using Participation.ContentManagement.Models;
using Participation.Data;
using Participation.Ideas.Domain;
using Participation.Ideas.Models;
using Participation.Search;

namespace Participation.Ideas.Services;

/// <summary>
/// Brings ideas that were published without the review (a recipe, an import, a seeded database)
/// into the index table, and the search index level with the public ideas when they disagree.
/// </summary>
public sealed class IdeaIndexer(IDataSession session, ISearchIndex index, IdeaSearch search, IdeaTimelines timelines) : ISearchIndexSource
{
    public string Index => IdeaSearch.IndexName;

    /// <summary>The search index's documents: the ideas on the public lists.</summary>
    public IAsyncEnumerable<SearchDocument> DocumentsAsync(CancellationToken cancellationToken) => Listed().AsAsyncEnumerable().Select(IdeaSearch.Document);

    /// <summary>A row for a published idea that has none: published as it came, its author the item's owner.</summary>
    public async Task AddMissingAsync(ContentItem idea)
    {
        if (await session.Set<IdeaIndex>().AnyAsync(x => x.ContentItemId == idea.ContentItemId)) return;
        session.Set<IdeaIndex>().Add(Row(idea));
        session.Set<IdeaStatusChange>().Add(new IdeaStatusChange { IdeaId = idea.ContentItemId, Status = IdeaStatus.Published, CreatedUtc = idea.PublishedUtc ?? idea.CreatedUtc });
        await session.SaveChangesAsync();
        timelines.Forget(idea.ContentItemId);
        await search.IndexAsync(idea);
    }

    /// <summary>True when a published idea has no row, or the search index does not hold one entry per public idea.</summary>
    public async Task<bool> IsStaleAsync(CancellationToken cancellationToken)
        => await Missing().AnyAsync(cancellationToken)
           || await index.CountAsync(IdeaSearch.IndexName, cancellationToken) != await Listed().CountAsync(cancellationToken);

    public async Task RebuildAsync(CancellationToken cancellationToken)
    {
        await foreach (var idea in Missing().AsAsyncEnumerable().WithCancellation(cancellationToken)) session.Set<IdeaIndex>().Add(Row(idea));
        await session.SaveChangesAsync(cancellationToken);
        await index.ReplaceAllAsync(IdeaSearch.IndexName, DocumentsAsync(cancellationToken), cancellationToken);
    }

    private IQueryable<ContentItem> PublishedIdeas() => session.Set<ContentItem>().AsNoTracking().Where(x => x.Published && x.ContentType == ContentTypes.Idea);

    private IQueryable<ContentItem> Missing() => PublishedIdeas().Where(x => !session.Set<IdeaIndex>().Any(r => r.ContentItemId == x.ContentItemId)).OrderBy(x => x.Id);

    private IQueryable<ContentItem> Listed() => PublishedIdeas()
        .Where(x => session.Set<IdeaIndex>().Any(r => r.ContentItemId == x.ContentItemId && IdeaStatus.Listed.Contains(r.Status))).OrderBy(x => x.Id);

    private static IdeaIndex Row(ContentItem idea)
    {
        var part = idea.As<IdeaPart>();
        var published = idea.PublishedUtc ?? idea.CreatedUtc;
        return new IdeaIndex
        {
            ContentItemId = idea.ContentItemId, TopicId = part.TopicId, Status = IdeaStatus.Published, Category = part.Category, AuthorId = idea.Owner,
            Title = idea.As<TitlePart>().Title, CreatedUtc = idea.CreatedUtc, PublishedUtc = published, Heat = TrendingScore.Start(published),
            Shuffle = Random.Shared.Next(IdeaList.ShuffleRange),
        };
    }
}
