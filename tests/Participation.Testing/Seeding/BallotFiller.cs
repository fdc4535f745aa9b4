using System.Globalization;
using Participation.ContentManagement;
using Participation.Polls.Models;

namespace Participation.Testing.Seeding;

/// <summary>
/// Poll ballots (the Polls module's tables): one ballot with one choice per synthetic voter,
/// spread over every published poll (open and archived), and the maintained counters raised by as much, so the results
/// equal the ballots as the vote path keeps them.
/// </summary>
public sealed class BallotFiller : ITableFiller
{
    public string Name => "poll ballots (PollBallots, PollBallotChoices, PollCounts)";

    public async Task<long> FillAsync(SeedContext context)
    {
        var polls = await context.ReadAsync(
            "SELECT \"ContentItemId\", \"Data\" FROM \"ContentItems\" WHERE \"ContentType\" = @p0 AND \"Published\" = @p1",
            r => (Id: r.GetString(0), Options: new ContentItem { Data = r.GetString(1) }.As<PollPart>().Options.Select(o => o.Id).ToArray()), Participation.Polls.ContentTypes.Poll, true);
        if (polls.Count == 0) throw new InvalidOperationException("No open poll to seed ballots into: set the site up with the sample recipe first.");
        var count = context.Plan.Ballots;
        var firstId = await context.NextIdAsync("PollBallots");
        var run = context.NowUtc.Ticks.ToString("x", CultureInfo.InvariantCulture)[^6..];
        var written = await context.InsertAsync("PollBallots", ["Id", "PollId", "UserId", "CreatedUtc"], count, (i, v) =>
        {
            v[0] = firstId + i; v[1] = polls[(int)(i % polls.Count)].Id; v[2] = $"seed-voter-{run}-{i}"; v[3] = context.NowUtc;
        });
        written += await context.InsertAsync("PollBallotChoices", ["BallotId", "OptionId"], count, (i, v) => { v[0] = firstId + i; v[1] = OptionOf(i); });
        await context.ResetIdentityAsync("PollBallots");

        // The counters, as the vote path keeps them: per option and for all voters, overall and for today (Riyadh).
        var day = context.NowUtc.AddHours(3).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var added = new Dictionary<(string Poll, string Option), long>();
        for (long i = 0; i < count; i++)
        {
            var poll = polls[(int)(i % polls.Count)].Id;
            foreach (var key in new[] { (poll, OptionOf(i)), (poll, PollCount.Voters) }) added[key] = added.GetValueOrDefault(key) + 1;
        }
        foreach (var ((poll, option), n) in added)
            foreach (var d in new[] { PollCount.AllDays, day })
                if (await context.ExecuteAsync("UPDATE \"PollCounts\" SET \"Count\" = \"Count\" + @p0 WHERE \"PollId\" = @p1 AND \"Day\" = @p2 AND \"OptionId\" = @p3", n, poll, d, option) == 0)
                    await context.ExecuteAsync("INSERT INTO \"PollCounts\" (\"PollId\", \"Day\", \"OptionId\", \"Count\") VALUES (@p1, @p2, @p3, @p0)", n, poll, d, option);
        return written;

        // Each poll's ballots go round its options in turn.
        string OptionOf(long i)
        {
            var options = polls[(int)(i % polls.Count)].Options;
            return options[(int)(i / polls.Count % options.Length)];
        }
    }
}
