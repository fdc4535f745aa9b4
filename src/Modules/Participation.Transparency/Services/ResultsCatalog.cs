using Participation.Localization;
namespace Participation.Transparency.Services;

/// <summary>
/// The results page's content: every tool's results of a year, gathered from the modules that
/// contribute them. Transparency computes nothing itself: each figure comes from the module
/// that owns the rows.
/// </summary>
public sealed class ResultsCatalog(IEnumerable<IParticipationResults> tools)
{
    private readonly IReadOnlyList<IParticipationResults> _tools = [.. tools.OrderBy(t => t.Position).ThenBy(t => t.Tool, StringComparer.Ordinal)];

    /// <summary>Every year any tool concluded something in, newest first.</summary>
    public async Task<IReadOnlyList<int>> YearsAsync(IDateDisplay dates)
    {
        var years = new SortedSet<int>();
        foreach (var tool in _tools) years.UnionWith(await tool.YearsAsync(dates));
        return [.. years.Reverse()];
    }

    public async Task<IReadOnlyList<ToolResults>> ListAsync(ResultsQuery query)
    {
        var sections = new List<ToolResults>();
        foreach (var tool in _tools) sections.Add(await tool.ListAsync(query));
        return sections;
    }

    /// <summary>What the page shows, as cache tags: any tool's change evicts it.</summary>
    public IEnumerable<string> CacheTags => _tools.SelectMany(t => t.CacheTags).Append(TransparencyCacheTags.Results).Distinct();
}
