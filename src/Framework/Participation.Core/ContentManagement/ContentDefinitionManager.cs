using Participation.ContentManagement.Metadata;

namespace Participation.ContentManagement;

/// <summary>All content types the modules define, by name, with the parts other modules add to them.</summary>
public sealed class ContentDefinitionManager : IContentDefinitionManager
{
    private readonly Dictionary<string, ContentTypeDefinition> _types;
    private readonly Dictionary<string, Type> _parts;

    public ContentDefinitionManager(IEnumerable<IContentTypeProvider> providers, IEnumerable<ContentPartRegistration> parts)
    {
        _parts = new(StringComparer.Ordinal);
        foreach (var part in parts) _parts.TryAdd(part.Name, part.PartType);
        _types = new(StringComparer.OrdinalIgnoreCase);
        var all = providers.ToList();
        foreach (var type in all.SelectMany(p => p.GetContentTypes()))
        {
            if (!_types.TryAdd(type.Name, type)) throw new InvalidOperationException($"Content type '{type.Name}' is defined twice.");
        }
        foreach (var addition in all.SelectMany(p => p.GetPartAdditions()))
        {
            if (_types.TryGetValue(addition.ContentType, out var type)) _types[type.Name] = type.WithPart(addition.PartName);
        }
        foreach (var type in _types.Values)
            foreach (var part in type.Parts.Where(p => !_parts.ContainsKey(p)))
                throw new InvalidOperationException($"Content type '{type.Name}' has the part '{part}', which no module registers (AddContentPart).");
    }

    public IReadOnlyList<ContentTypeDefinition> ListTypes() => _types.Values.OrderBy(t => t.Name, StringComparer.Ordinal).ToList();
    public ContentTypeDefinition? GetType(string name) => _types.GetValueOrDefault(name);
    public Type? GetPartType(string partName) => _parts.GetValueOrDefault(partName);
}
