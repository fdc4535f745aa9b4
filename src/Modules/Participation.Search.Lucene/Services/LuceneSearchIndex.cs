using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using Participation.Data;

namespace Participation.Search.Services;

/// <summary>
/// <see cref="ISearchIndex"/> on Lucene.Net, one folder per index under <c>{DataPath}/search</c>
/// (see <see cref="LuceneIndexFolder"/> for writing and reading).
/// Every word of a query must occur (after analysis) in the document's Arabic or English text;
/// filters are exact terms that do not change the score.
/// </summary>
public sealed partial class LuceneSearchIndex(IShellSettingsStore shell) : ISearchIndex, IDisposable
{
    // The analyzer holds no files; it lives as long as the process.
    /// <summary>Raise when the analysis changes: every index built before is then rebuilt by its owner.</summary>
    public const int AnalysisVersion = 1;

    private const string IdField = "id";
    private const string FilterPrefix = "f.";
    /// <summary>Words of a query beyond this are ignored: a pasted page must not exceed Lucene's clause limit (1024).</summary>
    private const int MaxQueryWords = 32;
    private static readonly Sort ByScoreThenId = new(SortField.FIELD_SCORE, new SortField(IdField, SortFieldType.STRING));

    private readonly SearchAnalyzer _analyzer = new();
    private readonly ConcurrentDictionary<string, Lazy<LuceneIndexFolder>> _folders = new();

    [GeneratedRegex("^[a-z0-9-]{1,64}$")]
    private static partial Regex IndexName();

    private LuceneIndexFolder Folder(string index)
    {
        if (!IndexName().IsMatch(index)) throw new ArgumentException($"'{index}' is not an index name (a-z, 0-9, '-').", nameof(index));
        return _folders.GetOrAdd(index, name => new Lazy<LuceneIndexFolder>(
            () => new LuceneIndexFolder(Path.Combine(shell.DataPath, "search", name), _analyzer, AnalysisVersion))).Value;
    }

    public Task IndexAsync(string index, SearchDocument document, CancellationToken cancellationToken = default)
        => Folder(index).WriteAsync(writer =>
        {
            writer.UpdateDocument(new Term(IdField, document.Id), ToLucene(document));
            return Task.CompletedTask;
        }, cancellationToken);

    public Task RemoveAsync(string index, string id, CancellationToken cancellationToken = default)
        => Folder(index).WriteAsync(writer =>
        {
            writer.DeleteDocuments(new Term(IdField, id));
            return Task.CompletedTask;
        }, cancellationToken);

    public Task ReplaceAllAsync(string index, IAsyncEnumerable<SearchDocument> documents, CancellationToken cancellationToken = default)
        => Folder(index).WriteAsync(async writer =>
        {
            writer.DeleteAll();
            await foreach (var document in documents.WithCancellation(cancellationToken)) writer.AddDocument(ToLucene(document));
        }, cancellationToken);

    public Task<int> CountAsync(string index, CancellationToken cancellationToken = default)
        => Task.FromResult(Folder(index).Read(searcher => searcher.IndexReader.NumDocs));

    public Task<SearchResults> SearchAsync(string index, SearchQuery query, CancellationToken cancellationToken = default)
    {
        var words = WordsQuery(query.Text);
        if (words is null || query.Take <= 0) return Task.FromResult(new SearchResults([], null));
        Filter? filter = null;
        if (query.Filters.Count > 0)
        {
            var required = new BooleanQuery();
            foreach (var (field, value) in query.Filters) required.Add(new TermQuery(new Term(FilterPrefix + field, value)), Occur.MUST);
            filter = new QueryWrapperFilter(required);
        }

        return Task.FromResult(Folder(index).Read(searcher =>
        {
            // One more than asked, to know whether a next page exists.
            var take = (int)Math.Min((long)query.Take + 1, Math.Max(1, searcher.IndexReader.MaxDoc));
            var top = query.After is { } after
                ? searcher.SearchAfter(new FieldDoc(int.MaxValue, after.Score, [J2N.Numerics.Single.GetInstance(after.Score), new BytesRef(after.Id)]), words, filter, take, ByScoreThenId, doDocScores: true, doMaxScore: false)
                : searcher.Search(words, filter, take, ByScoreThenId, doDocScores: true, doMaxScore: false);
            var hits = top.ScoreDocs.Take(query.Take)
                .Select(d => new SearchHit(((BytesRef)((FieldDoc)d).Fields[1]).Utf8ToString(), d.Score)).ToList();
            var next = top.ScoreDocs.Length > query.Take ? new SearchCursor(hits[^1].Score, hits[^1].Id) : null;
            return new SearchResults(hits, next);
        }));
    }

    /// <summary>Every analysed word of the text in the Arabic field, or every one in the English field; null when the text has no word.</summary>
    private Query? WordsQuery(string text)
    {
        var any = new BooleanQuery();
        foreach (var field in new[] { SearchAnalyzer.ArabicField, SearchAnalyzer.EnglishField })
        {
            var terms = _analyzer.Terms(field, text);
            if (terms.Count == 0) continue;
            var all = new BooleanQuery();
            foreach (var term in terms.Distinct().Take(MaxQueryWords)) all.Add(new TermQuery(new Term(field, term)), Occur.MUST);
            any.Add(all, Occur.SHOULD);
        }
        return any.Clauses.Count == 0 ? null : any;
    }

    private static Document ToLucene(SearchDocument document)
    {
        var doc = new Document { new StringField(IdField, document.Id, Field.Store.NO) };
        foreach (var (field, value) in document.Filters) doc.Add(new StringField(FilterPrefix + field, value, Field.Store.NO));
        var textField = SearchAnalyzer.FieldFor(document.Culture);
        foreach (var text in document.Texts.Values.Where(t => !string.IsNullOrWhiteSpace(t))) doc.Add(new TextField(textField, text, Field.Store.NO));
        return doc;
    }

    public void Dispose()
    {
        foreach (var folder in _folders.Values.Where(f => f.IsValueCreated)) folder.Value.Dispose();
        _folders.Clear();
    }
}
