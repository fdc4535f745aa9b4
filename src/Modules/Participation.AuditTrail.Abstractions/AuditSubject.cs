using Participation.ContentManagement;

namespace Participation.AuditTrail;

/// <summary>The content item an audited change concerns.</summary>
public sealed record AuditSubject(string ContentItemId, string? ContentItemVersionId = null, string? ContentType = null, string? DisplayText = null)
{
    public static AuditSubject Of(ContentItem item, bool withVersion = true)
        => new(item.ContentItemId, withVersion ? item.ContentItemVersionId : null, item.ContentType, item.DisplayText);
}
