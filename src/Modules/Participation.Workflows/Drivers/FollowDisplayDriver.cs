using Participation.ContentManagement;
using Participation.ContentManagement.Display;

namespace Participation.Workflows.Drivers;

/// <summary>A "follow updates" button under published items that have a lifecycle (consultations, polls).</summary>
public sealed class FollowDisplayDriver(Participation.ContentManagement.Metadata.IContentDefinitionManager definitions) : IContentDisplayDriver
{
    public Task<ShapeResult?> DisplayAsync(ContentItem item, string displayType)
        => Task.FromResult(displayType == "Detail" && item.Published && definitions.GetType(item.ContentType)?.Lifecycle is not null
            ? new ShapeResult("FollowButton", item.ContentItemId) { Zone = "Footer", Position = "1" }
            : null);
}
