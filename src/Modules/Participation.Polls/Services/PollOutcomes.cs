using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Participation.ContentManagement;
using Participation.Data;
using Participation.Polls.Models;
using Participation.Localization;
using Participation.Transparency;

namespace Participation.Polls.Services;

/// <summary>
/// The polls' part of the results page: archived polls by the year voting ended, their voters
/// and final results from the maintained counters (one query for all of them).
/// </summary>
public sealed class PollOutcomes(IDataSession session, PollResults results, IStringLocalizer<PollOutcomes> T) : IParticipationResults
{
    public string Tool => "polls";
    public int Position => 2;
    public IReadOnlyCollection<string> CacheTags { get; } = [Participation.Caching.CacheTags.ContentType(ContentTypes.Poll)];

    /// <summary>Archived polls with their end; the end lives in the part, so the polls (not their ballots) are read.</summary>
    private async Task<List<(ContentItem Item, PollPart Part)>> ArchivedAsync()
        => [.. (await session.Set<ContentItem>().AsNoTracking().Where(x => x.Published && x.ContentType == ContentTypes.Poll && x.Stage == PollLifecycle.Archived).ToListAsync())
            .Select(x => (x, x.As<PollPart>())).Where(x => x.Item2.EndsUtc is not null)];

    public async Task<IReadOnlyList<int>> YearsAsync(IDateDisplay dates)
        => [.. (await ArchivedAsync()).Select(x => dates.ToLocal(x.Part.EndsUtc!.Value).Year).Distinct()];

    public async Task<ToolResults> ListAsync(ResultsQuery query)
    {
        var polls = (await ArchivedAsync()).Where(x => x.Part.EndsUtc >= query.FromUtc && x.Part.EndsUtc < query.ToUtc).ToList();
        polls = [.. polls.GroupBy(p => p.Item.As<Participation.ContentManagement.Models.LocalizationPart>().LocalizationSet is { Length: > 0 } set ? set : p.Item.ContentItemId)
            .Select(g => g.Any(p => p.Item.Culture == query.Language) ? g.First(p => p.Item.Culture == query.Language) : g.First())];
        var counted = await results.ReadAsync([.. polls.Select(p => (p.Item.ContentItemId, p.Part))], query.Culture);
        var entries = polls.Select(p =>
        {
            var view = counted[p.Item.ContentItemId];
            var outcome = string.Join(" · ", view.Options.OrderByDescending(o => o.Count).Select(o => $"{o.Text} \u200E{Domain.PollPercent.Format(o.Percent)}"));
            return new ResultEntry(p.Item.DisplayText, "/" + p.Item.Path, p.Part.EndsUtc!.Value, view.Voters, outcome, null, p.Part.Department.Length > 0 ? p.Part.Department : null);
        }).OrderByDescending(e => e.ConcludedUtc).ToList();
        return new ToolResults(Tool, T["Polls"], T["Voters"], entries);
    }
}
