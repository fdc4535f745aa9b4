using Participation.Data;

namespace Participation.Files;

/// <summary>
/// The file store in the site's data folder (<c>Participation:DataPath</c>), beside its database
/// and keys and outside the web root. A path that would leave the folder is refused.
/// </summary>
public sealed class LocalFileStore(IShellSettingsStore shell) : IFileStore
{
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
        var root = Path.GetFullPath(shell.DataPath);
        var file = Path.GetFullPath(Path.Combine(root, path.Replace('/', Path.DirectorySeparatorChar)));
        if (!file.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            throw new ArgumentException($"'{path}' is not a path inside the data folder.", nameof(path));
        return file;
    }
}
