namespace Participation.Files;

/// <summary>
/// Where the site keeps the files people send (Orchard's <c>IFileStore</c>). Paths are relative
/// and '/'-separated, chosen by the module that owns the file (<c>requests/12/{id}.pdf</c>). The
/// files are never under the web root: a controller that checked who may see one serves it.
/// </summary>
public interface IFileStore
{
    /// <summary>Keeps the content at the path, replacing what was there; a half-written file is never seen.</summary>
    Task SaveAsync(string path, Stream content, CancellationToken cancellationToken = default);

    /// <summary>The file's content, or null when there is no file at the path. The caller disposes it.</summary>
    Task<Stream?> OpenReadAsync(string path, CancellationToken cancellationToken = default);

    /// <summary>Removes the file; nothing happens when there is none.</summary>
    Task DeleteAsync(string path, CancellationToken cancellationToken = default);
}
