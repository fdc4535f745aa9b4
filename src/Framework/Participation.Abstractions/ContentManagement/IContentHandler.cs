namespace Participation.ContentManagement;

/// <summary>
/// Reacts to content events (Orchard's content handlers). Modules use it to validate parts,
/// keep index columns in step, record audit entries and start workflows.
/// </summary>
public interface IContentHandler
{
    Task ValidatingAsync(ContentItem item, ContentValidationResult result) => Task.CompletedTask;
    Task CreatedAsync(ContentItem item) => Task.CompletedTask;
    /// <summary>Before a version is saved: derive display text, path and other columns from parts.</summary>
    Task UpdatingAsync(ContentItem item) => Task.CompletedTask;
    Task UpdatedAsync(ContentItem item) => Task.CompletedTask;
    Task PublishedAsync(ContentItem item) => Task.CompletedTask;
    Task UnpublishedAsync(ContentItem item) => Task.CompletedTask;
    Task RemovedAsync(ContentItem item) => Task.CompletedTask;
    /// <summary>After the item moved from one lifecycle stage to another (already saved).</summary>
    Task StageChangedAsync(ContentItem item, string from, string to, string trigger) => Task.CompletedTask;

    /// <summary>
    /// After what the public sees of the item changed (already saved): published, unpublished,
    /// removed, moved stage, or its live version saved in place — a saved draft is not raised.
    /// Raised once per change, after the event that says which, so whatever keeps the published
    /// version (a cached page, a cached record) forgets it here in one method.
    /// </summary>
    Task PublicVersionChangedAsync(ContentItem item) => Task.CompletedTask;
}
