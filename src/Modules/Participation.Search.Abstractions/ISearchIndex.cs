namespace Participation.Search;

/// <summary>
/// Named full-text indexes (one per kind of content: "consultations", "ideas"…). Words are
/// found past Arabic spelling variants (hamza, alef, yaa, taa marbuta, diacritics, tatweel)
/// and singular/plural. Documents are kept current by the owning module's content handlers;
/// an index that is missing or was built by an older analysis starts empty, and its owner
/// rebuilds it with <see cref="ReplaceAllAsync"/> when <see cref="CountAsync"/> disagrees with its
/// own rows. The index is a finder, not the truth: callers intersect hits with their tables.
/// </summary>
public interface ISearchIndex
{
    /// <summary>Adds the document, or replaces the one with the same id; searchable when the call returns.</summary>
    Task IndexAsync(string index, SearchDocument document, CancellationToken cancellationToken = default);

    /// <summary>Removes the document with this id, if any.</summary>
    Task RemoveAsync(string index, string id, CancellationToken cancellationToken = default);

    /// <summary>Empties the index and fills it with these documents, in one commit.</summary>
    Task ReplaceAllAsync(string index, IAsyncEnumerable<SearchDocument> documents, CancellationToken cancellationToken = default);

    /// <summary>How many documents the index holds.</summary>
    Task<int> CountAsync(string index, CancellationToken cancellationToken = default);

    /// <summary>The documents holding every word of the query, best first, one page after the cursor.</summary>
    Task<SearchResults> SearchAsync(string index, SearchQuery query, CancellationToken cancellationToken = default);
}
