using Participation.AuditTrail;
using Participation.ContentManagement;
using Participation.ContentManagement.Display;
using Participation.ContentManagement.Metadata;

namespace Participation.Contents.ViewModels;

public sealed class ContentListViewModel
{
    public required IReadOnlyList<ContentItem> Items { get; init; }
    public required IReadOnlyList<ContentTypeDefinition> Types { get; init; }
    public IReadOnlyList<ContentTypeDefinition> CreatableTypes => Types.Where(t => t.Creatable).ToList();
    public string? Type { get; init; }
    public ContentStatusFilter Status { get; init; }
    public string? Stage { get; init; }
    public string? Query { get; init; }
    public int Page { get; init; }
    public int PageCount { get; init; }
    /// <summary>Items whose latest version is a draft while an older one is live.</summary>
    public required IReadOnlySet<string> HasPublishedVersion { get; init; }
}

public sealed class ContentEditViewModel
{
    public required ContentItem Item { get; init; }
    public required ContentTypeDefinition Type { get; init; }
    public required IReadOnlyList<ShapeResult> Shapes { get; init; }
    public bool IsNew { get; init; }
    public bool CanPublish { get; init; }
    public bool HasPublishedVersion { get; init; }
    /// <summary>The lifecycle moves from the current stage, with the reasons those not possible yet are not.</summary>
    public IReadOnlyList<(string Trigger, string To, IReadOnlyList<string> UnmetGuards)> StageTriggers { get; init; } = [];
}

public sealed record ContentShapesViewModel(IReadOnlyList<ShapeResult> Shapes, string Zone);

public sealed class ContentDisplayViewModel
{
    public required ContentItem Item { get; init; }
    public required IReadOnlyList<ShapeResult> Shapes { get; init; }
    public bool IsPreview { get; init; }
}

public sealed class ContentHistoryViewModel
{
    public required ContentItem Item { get; init; }
    public required IReadOnlyList<ContentItem> Versions { get; init; }
    public required IReadOnlyList<AuditTrailEntry> Events { get; init; }
}
