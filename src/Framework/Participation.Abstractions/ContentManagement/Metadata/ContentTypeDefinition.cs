namespace Participation.ContentManagement.Metadata;

/// <summary>Which parts a content type is made of, and how the admin treats it.</summary>
public sealed class ContentTypeDefinition
{
    public required string Name { get; init; }
    /// <summary>English display name; the Arabic one comes from the module's PO file.</summary>
    public required string DisplayName { get; init; }
    /// <summary>Part names, as Orchard's <c>.WithPart("TitlePart")</c>; each a part some module registers with <c>AddContentPart</c>.</summary>
    public IReadOnlyList<string> Parts { get; init; } = [];
    /// <summary>Editors may create items of this type from the admin.</summary>
    public bool Creatable { get; init; } = true;
    /// <summary>Items keep drafts and versions rather than publishing every save.</summary>
    public bool Draftable { get; init; } = true;
    /// <summary>Stages and guarded moves, for types that have a lifecycle (consultations, polls…).</summary>
    public Lifecycle.LifecycleDefinition? Lifecycle { get; init; }

    /// <summary>Lifecycle stages in order; empty for types without a lifecycle.</summary>
    public IReadOnlyList<string> Stages => Lifecycle?.Stages ?? [];

    /// <summary>Sets a new item's defaults (e.g. comments open on consultations).</summary>
    public Action<ContentItem>? Initialize { get; init; }

    public bool HasPart(string partName) => Parts.Contains(partName, StringComparer.Ordinal);

    /// <summary>The same type with one more part (another module's addition).</summary>
    public ContentTypeDefinition WithPart(string partName) => HasPart(partName) ? this : new()
    {
        Name = Name, DisplayName = DisplayName, Parts = [.. Parts, partName], Creatable = Creatable, Draftable = Draftable,
        Lifecycle = Lifecycle, Initialize = Initialize,
    };
}

/// <summary>A part one module adds to a content type another module defines (Orchard's <c>AlterTypeDefinition(type, t => t.WithPart(part))</c>).</summary>
public sealed record ContentPartAddition(string ContentType, string PartName);

/// <summary>
/// A module's content types, in one place per module (Orchard keeps them in Migrations.cs;
/// here they are code, so <c>ContentTypes.cs</c>).
/// </summary>
public interface IContentTypeProvider
{
    IEnumerable<ContentTypeDefinition> GetContentTypes();

    /// <summary>Parts this module adds to other modules' types; ignored when that type's module is not there.</summary>
    IEnumerable<ContentPartAddition> GetPartAdditions() => [];
}

public interface IContentDefinitionManager
{
    IReadOnlyList<ContentTypeDefinition> ListTypes();
    ContentTypeDefinition? GetType(string name);
    /// <summary>The class of a registered part, by its name.</summary>
    Type? GetPartType(string partName);
}
