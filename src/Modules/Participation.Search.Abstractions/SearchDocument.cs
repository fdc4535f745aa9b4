namespace Participation.Search;

/// <summary>
/// What an index holds of one item: its id, its texts (field name → text, analysed in the
/// document's language) and its exact-match values for filters (field name → value).
/// </summary>
public sealed record SearchDocument(string Id, string Culture, IReadOnlyDictionary<string, string> Texts, IReadOnlyDictionary<string, string> Filters)
{
    public SearchDocument(string id, string culture, IReadOnlyDictionary<string, string> texts) : this(id, culture, texts, new Dictionary<string, string>()) { }
}
