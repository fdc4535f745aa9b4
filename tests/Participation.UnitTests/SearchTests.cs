using Participation.Data;
using Participation.Search;
using Participation.Search.Services;

namespace Participation.UnitTests;

/// <summary>The Lucene search: Arabic words past spelling variants and plurals, English by stems, filters, pages, rebuilds.</summary>
public sealed class SearchTests : IDisposable
{
    private readonly DirectoryInfo _data = Directory.CreateTempSubdirectory("participation-search-");
    private readonly LuceneSearchIndex _index;

    public SearchTests() => _index = new LuceneSearchIndex(new DataFolder(_data.FullName));

    public void Dispose()
    {
        _index.Dispose();
        _data.Delete(recursive: true);
    }

    private static SearchDocument Doc(string id, string culture, string text, string stage = "Open")
        => new(id, culture, new Dictionary<string, string> { ["title"] = text }, new Dictionary<string, string> { ["stage"] = stage });

    private async Task<IReadOnlyList<string>> FindAsync(string text, IReadOnlyDictionary<string, string>? filters = null)
        => (await _index.SearchAsync("things", new SearchQuery(text) { Filters = filters ?? new Dictionary<string, string>(), Take = 100 })).Hits.Select(h => h.Id).Order().ToList();

    private async Task SeedAsync()
    {
        await _index.IndexAsync("things", Doc("buses", "ar", "تطوير الحافلات الكهربائية في المدينة"));
        await _index.IndexAsync("things", Doc("strategy", "ar", "الإستراتيجية الوطنية للمياه", "Closed"));
        await _index.IndexAsync("things", Doc("hospitals", "ar", "مواعيد المستشفيات والمراكز الصحية"));
        await _index.IndexAsync("things", Doc("parks", "en", "New parks and cycling paths for the northern districts"));
        await _index.IndexAsync("things", Doc("routes", "en", "Night buses and their routes"));
    }

    [Theory]
    [InlineData("الحافلة")] // singular with taa marbuta finds the plural
    [InlineData("الحافله")] // taa marbuta written as haa
    [InlineData("حافلات")] // without the article
    [InlineData("الحَافِلَات")] // diacritics
    [InlineData("الحافـــلات")] // tatweel
    [InlineData("الكهربائيه الحافلات")] // every word, in any order
    public async Task Arabic_words_are_found_past_spelling_variants_and_plurals(string query)
    {
        await SeedAsync();
        Assert.Equal(["buses"], await FindAsync(query));
    }

    [Theory]
    [InlineData("الاستراتيجيه")]
    [InlineData("الأستراتيجية")]
    [InlineData("الوطنيّة")]
    public async Task Hamza_alef_and_shadda_variants_find_the_same_words(string query)
    {
        await SeedAsync();
        Assert.Equal(["strategy"], await FindAsync(query));
    }

    [Theory]
    [InlineData("المدارس")]
    [InlineData("الحافلات المستشفيات")] // not every word in one document
    [InlineData("في")] // a stop word alone finds nothing
    public async Task Unrelated_words_find_nothing(string query)
    {
        await SeedAsync();
        Assert.Empty(await FindAsync(query));
    }

    [Fact]
    public async Task A_pasted_page_of_thousands_of_words_is_answered_by_its_first_words_not_refused()
    {
        await SeedAsync();
        var repeated = string.Join(' ', Enumerable.Repeat("الحافلات الكهربائية المدينة", 500));
        Assert.Equal(["buses"], await FindAsync(repeated));
        Assert.Empty(await FindAsync(string.Join(' ', Enumerable.Range(0, 3000).Select(i => "كلمة" + i))));
    }

    [Theory]
    [InlineData("park", "parks")]
    [InlineData("Cycling", "parks")]
    [InlineData("district paths", "parks")]
    [InlineData("bus", "routes")]
    [InlineData("night route", "routes")]
    public async Task English_words_are_found_by_their_stems(string query, string id)
    {
        await SeedAsync();
        Assert.Equal([id], await FindAsync(query));
    }

    [Fact]
    public async Task Filters_keep_only_documents_with_the_value_and_edits_replace_the_old_words()
    {
        await SeedAsync();
        Assert.Empty(await FindAsync("المياه", new Dictionary<string, string> { ["stage"] = "Open" }));
        Assert.Equal(["strategy"], await FindAsync("المياه", new Dictionary<string, string> { ["stage"] = "Closed" }));

        await _index.IndexAsync("things", Doc("strategy", "ar", "خطة الطاقة المتجددة", "Closed"));
        Assert.Empty(await FindAsync("المياه"));
        Assert.Equal(["strategy"], await FindAsync("الطاقه"));

        await _index.RemoveAsync("things", "strategy");
        Assert.Empty(await FindAsync("الطاقة"));
        Assert.Equal(4, await _index.CountAsync("things"));
    }

    [Fact]
    public async Task Pages_visit_every_hit_once_in_order_of_score()
    {
        var documents = Enumerable.Range(0, 23).Select(i => Doc($"d{i:00}", "ar", i % 2 == 0 ? "الحديقة العامة" : "الحديقة العامة والحديقة الخلفية للحدائق")).ToList();
        documents.Add(Doc("other", "ar", "المكتبة العامة"));
        await _index.ReplaceAllAsync("things", documents.ToAsyncEnumerable());

        var seen = new List<SearchHit>();
        SearchCursor? after = null;
        do
        {
            var page = await _index.SearchAsync("things", new SearchQuery("حديقه") { Take = 5, After = after });
            Assert.InRange(page.Hits.Count, 1, 5);
            seen.AddRange(page.Hits);
            after = page.Next;
        } while (after is not null);

        Assert.Equal(documents.Where(d => d.Id != "other").Select(d => d.Id).Order(), seen.Select(h => h.Id).Order());
        Assert.Equal(seen.OrderByDescending(h => h.Score).ThenBy(h => h.Id, StringComparer.Ordinal).Select(h => h.Id), seen.Select(h => h.Id));
    }

    [Fact]
    public async Task A_folder_built_by_another_analysis_version_starts_empty_for_its_owner_to_rebuild()
    {
        await SeedAsync();
        _index.Dispose();
        File.WriteAllText(Path.Combine(_data.FullName, "search", "things", "analysis-version"), "0");
        using var reopened = new LuceneSearchIndex(new DataFolder(_data.FullName));
        Assert.Equal(0, await reopened.CountAsync("things"));
        await reopened.ReplaceAllAsync("things", new[] { Doc("buses", "ar", "الحافلات") }.ToAsyncEnumerable());
        Assert.Equal(1, await reopened.CountAsync("things"));
    }
}
