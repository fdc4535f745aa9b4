using CsvHelper;
using Participation.Polls.Models;

namespace Participation.Polls.Services;

/// <summary>A poll's ballots counted by day and option — and the day's voters — for analysts.</summary>
public static partial class PollExport
{
    [CsvRecord]
    public sealed partial record Row(string Day, string OptionId, string OptionAr, string OptionEn, long Votes);

    public static IReadOnlyList<Row> Rows(PollPart poll, IEnumerable<PollCount> byDay)
    {
        var options = poll.Options.ToDictionary(o => o.Id);
        return [.. byDay.Where(c => c.Count > 0).OrderBy(c => c.Day).ThenBy(c => c.OptionId == PollCount.Voters ? 0 : 1).ThenBy(c => poll.Options.FindIndex(o => o.Id == c.OptionId))
            .Select(c => c.OptionId == PollCount.Voters
                ? new Row(c.Day, "", "عدد المصوتين", "Voters", c.Count)
                : new Row(c.Day, c.OptionId, options.GetValueOrDefault(c.OptionId)?.TextAr ?? "", options.GetValueOrDefault(c.OptionId)?.TextEn ?? "", c.Count))];
    }
}
