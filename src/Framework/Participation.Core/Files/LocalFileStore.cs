namespace Participation.Files;

/// <summary>
/// The file store in a folder: by default the site's data folder (<c>Participation:DataPath</c>),
/// beside its database and outside the web root; with several nodes a folder they all mount
/// (<c>Participation:FileStore:Path</c>). A path that would leave the folder is refused.
/// </summary>
public sealed class LocalFileStore(string folder) : IFileStore
{
    private readonly string _root = Path.GetFullPath(folder);

    public async Task SaveAsync(string path, Stream content, CancellationToken cancellationToken = default)
    {
        var file = Resolve(path);
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        // Written beside the target, then moved over it: readers see the old file or the whole new one.
        var temporary = $"{file}.{Guid.NewGuid():N}.tmp";
        try
        {
            await using (var target = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true))
                await content.CopyToAsync(target, cancellationToken);
            File.Move(temporary, file, overwrite: true);
        }
        catch
        {
            File.Delete(temporary);
            throw;
        }
    }

    public Task<Stream?> OpenReadAsync(string path, CancellationToken cancellationToken = default)
    {
        var file = Resolve(path);
        try
        {
            return Task.FromResult<Stream?>(new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true));
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return Task.FromResult<Stream?>(null);
        }
    }

    public Task DeleteAsync(string path, CancellationToken cancellationToken = default)
    {
        var file = Resolve(path);
        if (File.Exists(file)) File.Delete(file);
        return Task.CompletedTask;
    }

    private string Resolve(string path)
    {
        var file = Path.GetFullPath(Path.Combine(_root, path.Replace('/', Path.DirectorySeparatorChar)));
        if (!file.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            throw new ArgumentException($"'{path}' is not a path inside the data folder.", nameof(path));
        return file;
    }
}
