using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Participation.Data;

namespace Participation.Files;

/// <summary>
/// The file store in the site's database (<c>Participation:FileStore:Provider=Database</c>): every
/// node reads the same files with no shared folder to mount, and a backup of the database holds
/// them. Each call is its own short unit of work, as a file written to a folder would be. Uploads
/// are small (attachments are at most a few megabytes), so a file is read and written whole.
/// </summary>
public sealed class DatabaseFileStore(IServiceScopeFactory scopes, TimeProvider clock) : IFileStore
{
    public async Task SaveAsync(string path, Stream content, CancellationToken cancellationToken = default)
    {
        Check(path);
        using var buffer = new MemoryStream();
        await content.CopyToAsync(buffer, cancellationToken);
        var bytes = buffer.ToArray();
        var now = clock.GetUtcNow().UtcDateTime;
        await using var scope = scopes.CreateAsyncScope();
        var files = scope.ServiceProvider.GetRequiredService<IDataSession>();
        // One statement either way: readers see the old content or the whole new one.
        var replaced = await files.Set<StoredFile>().Where(f => f.Path == path).ExecuteUpdateAsync(s => s
            .SetProperty(f => f.Content, bytes).SetProperty(f => f.Length, bytes.LongLength).SetProperty(f => f.SavedUtc, now), cancellationToken);
        if (replaced > 0) return;
        files.Set<StoredFile>().Add(new StoredFile { Path = path, Content = bytes, Length = bytes.LongLength, SavedUtc = now });
        await files.SaveChangesAsync(cancellationToken);
    }

    public async Task<Stream?> OpenReadAsync(string path, CancellationToken cancellationToken = default)
    {
        Check(path);
        await using var scope = scopes.CreateAsyncScope();
        var content = await scope.ServiceProvider.GetRequiredService<IDataSession>().Set<StoredFile>().AsNoTracking()
            .Where(f => f.Path == path).Select(f => f.Content).FirstOrDefaultAsync(cancellationToken);
        return content is null ? null : new MemoryStream(content, writable: false);
    }

    public async Task DeleteAsync(string path, CancellationToken cancellationToken = default)
    {
        Check(path);
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IDataSession>().Set<StoredFile>().Where(f => f.Path == path).ExecuteDeleteAsync(cancellationToken);
    }

    /// <summary>The same paths as in a folder: relative, '/'-separated, never climbing out.</summary>
    private static void Check(string path)
    {
        if (path.Length is 0 or > StoredFileMigrations.MaxPathLength || path.StartsWith('/') || path.Contains('\\') || path.Split('/').Any(s => s is "" or "." or ".."))
            throw new ArgumentException($"'{path}' is not a relative file store path.", nameof(path));
    }
}
