namespace Participation.Search;

/// <summary>
/// Words to find (every one must occur, in any text field), exact filter values the documents
/// must carry, and the page: at most <see cref="Take"/> hits after <see cref="After"/>.
/// </summary>
public sealed record SearchQuery(string Text)
{
    public IReadOnlyDictionary<string, string> Filters { get; init; } = new Dictionary<string, string>();
    public int Take { get; init; } = 20;
    public SearchCursor? After { get; init; }
}
