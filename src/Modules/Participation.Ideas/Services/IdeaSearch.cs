using Participation.ContentManagement;
using Participation.ContentManagement.Models;
using Participation.Ideas.Models;
using Participation.Search;

namespace Participation.Ideas.Services;

/// <summary>
/// The published ideas in the search index ("ideas"): found past Arabic spelling variants by the
/// index's analysis, filtered by topic. Similar ideas are those sharing the most words of a title.
/// </summary>
public sealed class IdeaSearch(ISearchIndex index)
{
    public const string IndexName = "ideas";
    private const int WordsCompared = 6;

    public Task IndexAsync(ContentItem idea) => index.IndexAsync(IndexName, Document(idea));

    /// <summary>What the index holds of an idea: its title and text (Arabic analysis), its topic to filter by.</summary>
    public static SearchDocument Document(ContentItem idea) => new(idea.ContentItemId, "ar",
        new Dictionary<string, string> { ["title"] = idea.As<TitlePart>().Title, ["description"] = idea.As<IdeaPart>().Description },
        new Dictionary<string, string> { ["topic"] = idea.As<IdeaPart>().TopicId });

    public Task RemoveAsync(string ideaId) => index.RemoveAsync(IndexName, ideaId);

    /// <summary>Ideas of the topic holding every word of <paramref name="text"/>, best first.</summary>
    public async Task<IReadOnlyList<string>> FindAsync(string topicId, string text, int take)
        => [.. (await index.SearchAsync(IndexName, new SearchQuery(text) { Filters = Topic(topicId), Take = take })).Hits.Select(h => h.Id)];

    /// <summary>
    /// Ideas of the topic sharing words with <paramref name="title"/>: each of its longer words is
    /// looked up, and an idea ranks by the sum of its scores, so one sharing more words comes first.
    /// </summary>
    public async Task<IReadOnlyList<string>> SimilarAsync(string topicId, string title, int take, string? except = null)
    {
        var words = title.Split((char[])[' ', '\t', '\n', '،', ',', '.', '؟', '?', '!', '-'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(w => w.Length >= 3).Distinct().Take(WordsCompared).ToList();
        var scores = new Dictionary<string, float>();
        foreach (var word in words)
            foreach (var hit in (await index.SearchAsync(IndexName, new SearchQuery(word) { Filters = Topic(topicId), Take = 20 })).Hits)
                scores[hit.Id] = scores.GetValueOrDefault(hit.Id) + hit.Score;
        return [.. scores.Where(s => s.Key != except).OrderByDescending(s => s.Value).ThenBy(s => s.Key, StringComparer.Ordinal).Take(take).Select(s => s.Key)];
    }

    private static Dictionary<string, string> Topic(string topicId) => new() { ["topic"] = topicId };
}
