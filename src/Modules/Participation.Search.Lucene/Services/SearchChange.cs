using System.Text.Json;

namespace Participation.Search.Services;

/// <summary>
/// One change to a named index as it travels to the other nodes: the whole document (so no node
/// reads the database for it, nor a transaction not yet committed), or the id of one removed.
/// </summary>
public sealed record SearchChange(string Index, string Id, SearchDocument? Document)
{
    public const string Topic = "search:changed";

    public string ToJson() => JsonSerializer.Serialize(new Wire(Index, Id, Document?.Culture, Document?.Texts, Document?.Filters));

    public static SearchChange FromJson(string json)
    {
        var wire = JsonSerializer.Deserialize<Wire>(json) ?? throw new JsonException("An empty search change.");
        var document = wire.Culture is null ? null : new SearchDocument(wire.Id, wire.Culture, wire.Texts ?? new Dictionary<string, string>(), wire.Filters ?? new Dictionary<string, string>());
        return new(wire.Index, wire.Id, document);
    }

    private sealed record Wire(string Index, string Id, string? Culture, IReadOnlyDictionary<string, string>? Texts, IReadOnlyDictionary<string, string>? Filters);
}
