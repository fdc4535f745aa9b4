using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Participation.ContentManagement;
using Participation.Data;
using Participation.Polls.Models;
using Participation.Transparency;

namespace Participation.Polls.Services;

/// <summary>
/// Open data: each published poll's results by Riyadh day, read from the maintained counters
/// (voters and each option), never from ballots. A poll that hides its results until voting
/// ends is left out until then.
/// </summary>
public sealed class PollResultsDataset(IDataSession session, TimeProvider clock) : IOpenDataset
{
    public string Name => "polls";
    public string TitleAr => "استطلاعات الرأي ونتائجها حسب اليوم";
    public string TitleEn => "Polls and their results by day";
    public bool RowsAreGroups => true;

    public IReadOnlyList<OpenDataColumn> Columns { get; } =
    [
        new("poll", OpenDataColumnKind.Text, "معرّف استطلاع الرأي", "The poll's id"),
        new("question", OpenDataColumnKind.Text, "سؤال استطلاع الرأي", "The poll's question"),
        new("department", OpenDataColumnKind.Text, "مفتاح الإدارة، فارغ إن لم تُحدَّد", "The department's key, empty when none"),
        new("day", OpenDataColumnKind.Date, "يوم التصويت بتوقيت الرياض", "The voting day, Riyadh time"),
        new("option", OpenDataColumnKind.Text, "معرّف الخيار، أو * لعدد المصوّتين", "The option's id, or * for the number of voters"),
        new("option_text", OpenDataColumnKind.Text, "نص الخيار بالعربية، أو voters", "The option's Arabic text, or voters"),
        new("count", OpenDataColumnKind.PeopleCount, "الأصوات التي اختارت الخيار في ذلك اليوم، أو عدد المصوّتين", "Ballots choosing the option that day, or the voters"),
    ];

    public async IAsyncEnumerable<object?[]> RowsAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var polls = (await session.Set<ContentItem>().AsNoTracking().Where(x => x.Published && x.ContentType == ContentTypes.Poll).ToListAsync(cancellationToken))
            .Select(x => (x.ContentItemId, x.DisplayText, Part: x.As<PollPart>()))
            .Where(x => x.Part.ResultsBeforeVoting || x.Part.EndsUtc <= now)
            .ToDictionary(x => x.ContentItemId);
        var ids = polls.Keys.ToList();
        var counts = session.Set<PollCount>().AsNoTracking()
            .Where(c => ids.Contains(c.PollId) && c.Day != PollCount.AllDays)
            .OrderBy(c => c.PollId).ThenBy(c => c.Day).ThenBy(c => c.OptionId)
            .AsAsyncEnumerable();
        await foreach (var count in counts.WithCancellation(cancellationToken))
        {
            var poll = polls[count.PollId];
            var text = count.OptionId == PollCount.Voters ? "voters" : poll.Part.Options.FirstOrDefault(o => o.Id == count.OptionId)?.TextAr ?? "";
            yield return [count.PollId, poll.DisplayText, poll.Part.Department, count.Day, count.OptionId, text, count.Count];
        }
    }
}
