using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;

namespace Participation.Search.Services;

/// <summary>
/// One named index on disk. Writes take the process's one writer for the folder (a semaphore)
/// and Lucene's write lock for as long as the write lasts, then commit; searches go through a
/// reader reopened whenever a commit landed, here or in another process. Holding the lock only
/// while writing lets web nodes that share the data folder all keep the index current.
/// A folder written by another analysis version is emptied on opening, so its owner sees a
/// count of 0 and rebuilds it.
/// </summary>
public sealed class LuceneIndexFolder : IDisposable
{
    private const string VersionFile = "analysis-version";
    /// <summary>How long a write waits for another node's write (a rebuild) to finish.</summary>
    private static readonly long WriteLockTimeoutMs = (long)TimeSpan.FromSeconds(30).TotalMilliseconds;

    private readonly FSDirectory _directory;
    private readonly SearchAnalyzer _analyzer;
    private readonly SemaphoreSlim _writing = new(1, 1);
    private readonly SearcherManager _searchers;

    public LuceneIndexFolder(string path, SearchAnalyzer analyzer, int analysisVersion)
    {
        _analyzer = analyzer;
        System.IO.Directory.CreateDirectory(path);
        _directory = FSDirectory.Open(path);
        var versionPath = Path.Combine(path, VersionFile);
        var expected = analysisVersion.ToString(System.Globalization.CultureInfo.InvariantCulture);
        using (var writer = NewWriter())
        {
            // Checked under the write lock, so two nodes starting together do not both wipe the folder.
            if (!File.Exists(versionPath) || File.ReadAllText(versionPath).Trim() != expected)
            {
                writer.DeleteAll();
                File.WriteAllText(versionPath, expected);
            }
            writer.Commit();
        }
        _searchers = new SearcherManager(_directory, searcherFactory: null);
    }

    private IndexWriter NewWriter() => new(_directory, new IndexWriterConfig(SearchAnalyzer.Version, _analyzer)
    {
        OpenMode = OpenMode.CREATE_OR_APPEND,
        WriteLockTimeout = WriteLockTimeoutMs,
    });

    /// <summary>Runs the write with the folder's writer and commits it; the next search sees it.</summary>
    public async Task WriteAsync(Func<IndexWriter, Task> write, CancellationToken cancellationToken)
    {
        await _writing.WaitAsync(cancellationToken);
        try
        {
            using var writer = NewWriter();
            await write(writer);
            writer.Commit();
        }
        finally { _writing.Release(); }
        _searchers.MaybeRefreshBlocking();
    }

    /// <summary>Reads from the latest commit.</summary>
    public T Read<T>(Func<IndexSearcher, T> read)
    {
        _searchers.MaybeRefresh();
        var searcher = _searchers.Acquire();
        try { return read(searcher); }
        finally { _searchers.Release(searcher); }
    }

    public void Dispose()
    {
        _searchers.Dispose();
        _directory.Dispose();
        _writing.Dispose();
    }
}
