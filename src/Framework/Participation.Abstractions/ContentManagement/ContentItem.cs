using System.Text.Json;
using System.Text.Json.Nodes;

namespace Participation.ContentManagement;

/// <summary>
/// One version of a content item, as Orchard stores it: common metadata in columns, the
/// parts as a JSON document keyed by part name. Every save of a published item makes a
/// new version; <see cref="Latest"/> marks the newest, <see cref="Published"/> the live one.
/// </summary>
public sealed class ContentItem
{
    public static readonly JsonSerializerOptions PartSerializerOptions = new(JsonSerializerDefaults.Web);

    private JsonObject? _content;

    /// <summary>Row id of this version.</summary>
    public long Id { get; set; }
    /// <summary>Stable id shared by all versions.</summary>
    public string ContentItemId { get; set; } = "";
    public string ContentItemVersionId { get; set; } = "";
    public int Number { get; set; }
    public string ContentType { get; set; } = "";
    public string DisplayText { get; set; } = "";
    /// <summary>The URL path of the item (from its AutoroutePart), empty when it has none.</summary>
    public string? Path { get; set; }
    /// <summary>The item's culture (from its LocalizationPart), null when neutral.</summary>
    public string? Culture { get; set; }
    /// <summary>The lifecycle stage name, for types that have stages (consultations, polls…).</summary>
    public string? Stage { get; set; }
    public bool Published { get; set; }
    public bool Latest { get; set; }
    /// <summary>User id of the owner; null once the owner deleted their account.</summary>
    public string? Owner { get; set; }
    /// <summary>User name of whoever last saved this version.</summary>
    public string? Author { get; set; }
    public DateTime CreatedUtc { get; set; }
    public DateTime ModifiedUtc { get; set; }
    public DateTime? PublishedUtc { get; set; }

    /// <summary>The parts, serialised. Use <see cref="As{TPart}"/> and <see cref="Apply{TPart}"/>.</summary>
    public string Data
    {
        get => _content?.ToJsonString() ?? _data;
        set { _data = value; _content = null; }
    }
    private string _data = "{}";

    public JsonObject Content => _content ??= JsonNode.Parse(string.IsNullOrWhiteSpace(_data) ? "{}" : _data)!.AsObject();

    public bool Has<TPart>() where TPart : ContentPart => Content.ContainsKey(typeof(TPart).Name);

    /// <summary>The part's data, or a new part when the item has none yet.</summary>
    public TPart As<TPart>() where TPart : ContentPart, new()
    {
        var node = Content[typeof(TPart).Name];
        return node is null ? new TPart() : node.Deserialize<TPart>(PartSerializerOptions) ?? new TPart();
    }

    public object? Get(Type partType)
    {
        var node = Content[partType.Name];
        return node?.Deserialize(partType, PartSerializerOptions);
    }

    public ContentItem Apply<TPart>(TPart part) where TPart : ContentPart => Apply(typeof(TPart), part);

    public ContentItem Apply(Type partType, object part)
    {
        Content[partType.Name] = JsonSerializer.SerializeToNode(part, partType, PartSerializerOptions);
        return this;
    }

    public ContentItem Alter<TPart>(Action<TPart> alter) where TPart : ContentPart, new()
    {
        var part = As<TPart>();
        alter(part);
        return Apply(part);
    }

    /// <summary>A new draft version carrying this version's data.</summary>
    public ContentItem CloneAsNewVersion(string versionId) => new()
    {
        ContentItemId = ContentItemId,
        ContentItemVersionId = versionId,
        Number = Number + 1,
        ContentType = ContentType,
        DisplayText = DisplayText,
        Path = Path,
        Culture = Culture,
        Stage = Stage,
        Owner = Owner,
        Author = Author,
        CreatedUtc = CreatedUtc,
        ModifiedUtc = ModifiedUtc,
        PublishedUtc = PublishedUtc,
        Data = Data,
    };
}

/// <summary>Base of every part: a plain class whose public properties are the part's data.</summary>
public abstract class ContentPart;
