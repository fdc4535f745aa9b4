namespace Participation.Search;

/// <summary>One page of hits; <see cref="Next"/> is the cursor of the following page, null on the last.</summary>
public sealed record SearchResults(IReadOnlyList<SearchHit> Hits, SearchCursor? Next);

/// <summary>A document found and how well it matches (higher is better).</summary>
public sealed record SearchHit(string Id, float Score);

/// <summary>Where a page ended (keyset paging: hits rank by score, then by id).</summary>
public sealed record SearchCursor(float Score, string Id);
