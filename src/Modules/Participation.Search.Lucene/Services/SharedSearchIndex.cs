using Participation.Hosting;

namespace Participation.Search.Services;

/// <summary>
/// The index every module writes to: this node's Lucene folder, and each document added or
/// removed told to the other nodes (<see cref="SearchIndexReplication"/> applies it there), so an
/// item published through one node is found through any. Rebuilds stay per node: each rebuilds
/// from the database itself.
/// </summary>
public sealed class SharedSearchIndex(LuceneSearchIndex local, IClusterChannel cluster) : ISearchIndex
{
    public async Task IndexAsync(string index, SearchDocument document, CancellationToken cancellationToken = default)
    {
        await local.IndexAsync(index, document, cancellationToken);
        cluster.Publish(SearchChange.Topic, new SearchChange(index, document.Id, document).ToJson());
    }

    public async Task RemoveAsync(string index, string id, CancellationToken cancellationToken = default)
    {
        await local.RemoveAsync(index, id, cancellationToken);
        cluster.Publish(SearchChange.Topic, new SearchChange(index, id, null).ToJson());
    }

    public Task ReplaceAllAsync(string index, IAsyncEnumerable<SearchDocument> documents, CancellationToken cancellationToken = default)
        => local.ReplaceAllAsync(index, documents, cancellationToken);

    public Task<int> CountAsync(string index, CancellationToken cancellationToken = default) => local.CountAsync(index, cancellationToken);

    public Task<SearchResults> SearchAsync(string index, SearchQuery query, CancellationToken cancellationToken = default)
        => local.SearchAsync(index, query, cancellationToken);
}
