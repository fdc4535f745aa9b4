using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Participation.Data;
using Participation.Requests.Models;
using Participation.Localization;
using Participation.Transparency;

namespace Participation.Requests.Services;

/// <summary>
/// The suggestions' part of the results page: those an officer marked as having led to a
/// change, by the year of the mark. Only the agency's summary, the category and the department
/// are shown — never the participant's words or name. Those who asked count the suggestion and
/// the duplicates merged into it.
/// </summary>
public sealed class RequestResults(IDataSession session, RequestSettingsStore settingsStore, IStringLocalizer<RequestResults> T) : IParticipationResults
{
    public string Tool => "suggestions";
    public int Position => 3;
    public IReadOnlyCollection<string> CacheTags { get; } = [TransparencyCacheTags.Results];

    /// <summary>The marks' instants, not their years: a year begins in the site's time zone, which SQL does not know.</summary>
    public async Task<IReadOnlyList<int>> YearsAsync(IDateDisplay dates)
        => [.. (await session.Set<RequestChange>().AsNoTracking().Select(c => c.MarkedUtc).ToListAsync()).Select(d => dates.ToLocal(d).Year).Distinct()];

    public async Task<ToolResults> ListAsync(ResultsQuery query)
    {
        var requests = session.Set<ServiceRequest>().AsNoTracking();
        var changes = await session.Set<RequestChange>().AsNoTracking()
            .Where(c => c.MarkedUtc >= query.FromUtc && c.MarkedUtc < query.ToUtc)
            .Join(requests, c => c.RequestId, r => r.Id, (c, r) => new
            {
                c.Summary, c.MarkedUtc, r.Category, r.DepartmentKey,
                Asked = 1 + requests.Count(d => d.MergedIntoId == r.Id),
            })
            .OrderByDescending(x => x.MarkedUtc).ToListAsync();
        var categories = (await settingsStore.GetAsync()).Categories.ToDictionary(c => c.Key, c => c.Name(query.Culture));
        var entries = changes.Select(c => new ResultEntry(
            c.Category is { } key && categories.TryGetValue(key, out var category) ? T["A suggestion about {0}", category] : T["A suggestion"],
            null, c.MarkedUtc, c.Asked, "", c.Summary, c.DepartmentKey)).ToList();
        return new ToolResults(Tool, T["Suggestions that led to a change"], T["Asked for it"], entries);
    }
}
