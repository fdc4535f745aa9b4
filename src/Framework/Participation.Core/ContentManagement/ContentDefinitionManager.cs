using Participation.ContentManagement.Metadata;

namespace Participation.ContentManagement;

/// <summary>All content types the modules define, by name.</summary>
public sealed class ContentDefinitionManager : IContentDefinitionManager
{
    private readonly Dictionary<string, ContentTypeDefinition> _types;
    private readonly Dictionary<string, Type> _parts;

    public ContentDefinitionManager(IEnumerable<IContentTypeProvider> providers)
    {
        _types = new(StringComparer.OrdinalIgnoreCase);
        foreach (var type in providers.SelectMany(p => p.GetContentTypes()))
        {
            if (!_types.TryAdd(type.Name, type)) throw new InvalidOperationException($"Content type '{type.Name}' is defined twice.");
        }
        _parts = _types.Values.SelectMany(t => t.Parts).Distinct().ToDictionary(p => p.Name, StringComparer.Ordinal);
    }

    public IReadOnlyList<ContentTypeDefinition> ListTypes() => _types.Values.OrderBy(t => t.Name, StringComparer.Ordinal).ToList();
    public ContentTypeDefinition? GetType(string name) => _types.GetValueOrDefault(name);
    public Type? GetPartType(string partName) => _parts.GetValueOrDefault(partName);
}
