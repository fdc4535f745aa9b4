namespace Participation.Search;

/// <summary>
/// Where a named index's documents come from: the owning module's published items, read from
/// the database. With several nodes, a node that missed the others' changes (Redis down) rebuilds
/// each index from its source when they can be heard again. Registered scoped by the owner.
/// </summary>
public interface ISearchIndexSource
{
    string Index { get; }

    IAsyncEnumerable<SearchDocument> DocumentsAsync(CancellationToken cancellationToken);
}
