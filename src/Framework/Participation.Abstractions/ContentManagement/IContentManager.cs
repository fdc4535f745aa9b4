namespace Participation.ContentManagement;

public interface IContentManager
{
    /// <summary>A new, unsaved item of the type with every part of its definition.</summary>
    ContentItem New(string contentType);

    Task<ContentItem?> GetAsync(string contentItemId, VersionOptions options = VersionOptions.Published);

    /// <summary>
    /// The published items among <paramref name="contentItemIds"/>, in one query, any order; an id with
    /// none published is left out. For reading a list (a page's blocks): the items are not tracked,
    /// so change one through <see cref="GetAsync"/>.
    /// </summary>
    Task<IReadOnlyList<ContentItem>> GetPublishedAsync(IReadOnlyCollection<string> contentItemIds);

    Task<ContentItem?> GetVersionAsync(string contentItemVersionId);

    Task<IReadOnlyList<ContentItem>> GetVersionsAsync(string contentItemId);

    /// <summary>The published item at a URL path, in the culture asked for or else its translation.</summary>
    Task<ContentItem?> GetByPathAsync(string path, string? culture);

    /// <summary>Validates, then saves a new item as a draft or published.</summary>
    Task<ContentValidationResult> CreateAsync(ContentItem item, bool publish);

    /// <summary>Validates, then saves the item's latest version (a draft made by <see cref="VersionOptions.DraftRequired"/>).</summary>
    Task<ContentValidationResult> UpdateAsync(ContentItem item);

    /// <summary>Validates the item as published, then makes it the live version; on failure nothing changes.</summary>
    Task<ContentValidationResult> PublishAsync(ContentItem item);

    Task UnpublishAsync(ContentItem item);

    /// <summary>Removes every version.</summary>
    Task RemoveAsync(ContentItem item);

    /// <summary>Latest versions, for admin lists and public listings.</summary>
    IQueryable<ContentItem> Query(VersionOptions options = VersionOptions.Published);

    Task<ContentValidationResult> ValidateAsync(ContentItem item);
}

public sealed class ContentValidationResult
{
    private readonly List<(string Member, string Message)> _errors = [];
    public bool Succeeded => _errors.Count == 0;
    public IReadOnlyList<(string Member, string Message)> Errors => _errors;
    public void Fail(string member, string message) => _errors.Add((member, message));
}
