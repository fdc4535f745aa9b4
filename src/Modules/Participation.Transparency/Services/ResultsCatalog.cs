using Participation.Caching;
using Participation.Localization;
namespace Participation.Transparency.Services;

/// <summary>
/// The results page's content: every tool's results of a year, gathered from the modules that
/// contribute them. Transparency computes nothing itself: each figure comes from the module
/// that owns the rows. A year's content is kept with the page's tags, so a signed-in person's
/// page (never served from the cache) does not ask every tool again until one of them changes.
/// </summary>
public sealed class ResultsCatalog(IEnumerable<IParticipationResults> tools, IPageCache pages)
{
    private readonly IReadOnlyList<IParticipationResults> _tools = [.. tools.OrderBy(t => t.Position).ThenBy(t => t.Tool, StringComparer.Ordinal)];

    /// <summary>Every year any tool concluded something in, newest first.</summary>
    private async Task<IReadOnlyList<int>> YearsAsync(IDateDisplay dates)
    {
        var years = new SortedSet<int>();
        foreach (var tool in _tools) years.UnionWith(await tool.YearsAsync(dates));
        return [.. years.Reverse()];
    }

    /// <summary>The <paramref name="year"/>'s results (the newest year with any when null, else <paramref name="currentYear"/>) in <paramref name="culture"/>.</summary>
    public Task<ResultsOfYear> OfYearAsync(int? year, string culture, IDateDisplay dates, int currentYear)
        => pages.GetOrReadAsync($"results:{year?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "newest"}:{culture}", CacheTags, async () =>
        {
            var years = await YearsAsync(dates);
            var shown = year ?? (years.Count > 0 ? years[0] : currentYear);
            return new ResultsOfYear(shown, years, await ListAsync(ResultsQuery.Of(shown, culture, dates)));
        });

    private async Task<IReadOnlyList<ToolResults>> ListAsync(ResultsQuery query)
    {
        var sections = new List<ToolResults>();
        foreach (var tool in _tools) sections.Add(await tool.ListAsync(query));
        return sections;
    }

    /// <summary>What the page shows, as cache tags: any tool's change evicts it.</summary>
    public IEnumerable<string> CacheTags => _tools.SelectMany(t => t.CacheTags).Append(TransparencyCacheTags.Results).Distinct();
}
