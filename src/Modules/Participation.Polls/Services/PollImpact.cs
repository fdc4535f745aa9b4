using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Participation.Data;
using Participation.Localization;
using Participation.Polls.Models;
using Participation.Transparency;

namespace Participation.Polls.Services;

/// <summary>
/// The polls' figures of a period: ballots cast in it (the per-day voter counters, days in the
/// site's time zone) and polls whose voting ended in it.
/// </summary>
public sealed class PollImpact(IDataSession session, IDateDisplay dates, IStringLocalizer<PollImpact> T) : IImpactFigures
{
    public string Tool => "polls";
    public int Position => 2;

    public async Task<ImpactSection> ComputeAsync(ImpactQuery query)
    {
        var polls = await ImpactScope<PollPart>.ReadAsync(session, dates, query, ContentTypes.Poll, p => p.Department);
        var ballots = await session.Set<PollCount>().AsNoTracking()
            .Where(c => polls.Ids.Contains(c.PollId) && c.OptionId == PollCount.Voters && c.Day != PollCount.AllDays && string.Compare(c.Day, polls.FromDay) >= 0 && string.Compare(c.Day, polls.ToDay) < 0)
            .SumAsync(c => (long?)c.Count) ?? 0;
        var ended = polls.Items.Count(p => p.Part.EndsUtc >= query.FromUtc && p.Part.EndsUtc < query.ToUtc);
        return new ImpactSection(Tool, T["Polls"],
        [
            new("polls.ballots", T["Ballots cast"], ballots, FigureKind.Count),
            new("polls.ended", T["Polls ended"], ended, FigureKind.Count),
        ], []);
    }
}
