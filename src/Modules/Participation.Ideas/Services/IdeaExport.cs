using System.Globalization;
using System.Runtime.CompilerServices;
using CsvHelper;
using Microsoft.EntityFrameworkCore;
using Participation.Data;
using Participation.Exports;
using Participation.Ideas.Models;
using Participation.Localization;

namespace Participation.Ideas.Services;

/// <summary>
/// A topic's ideas for analysts: each public idea (published, studied, decided, withdrawn or
/// merged) with its status, its supports in total and by Riyadh day, where a merged one went,
/// and the latest official answer. Nothing of any person: no author, no supporter. Rows are read
/// a page at a time by keyset, so an export of any size holds one page.
/// </summary>
public sealed partial class IdeaExport(IDataSession session, IDateDisplay dates)
{
    private const int Page = 500;

    /// <summary>The ideas a topic's export holds: all that were ever public.</summary>
    private static readonly IReadOnlyList<string> Exported = [.. IdeaStatus.Listed, IdeaStatus.Withdrawn, IdeaStatus.Merged];

    /// <param name="SupportsByDay">Each Riyadh day with supports given then and still counted, as <c>yyyy-MM-dd=n</c> separated by <c>;</c>.</param>
    [CsvRecord]
    public sealed partial record Row(string Id, string Title, string Category, string Status, string Published, long Supports, string SupportsByDay, string MergedInto, string AnswerDate, string Answer);

    /// <summary>The workbook's columns: the figures narrow, the title and the answer wide and wrapped.</summary>
    public static readonly IReadOnlyList<SheetColumn> Columns =
        [new(28), new(40, Wrap: true), new(16), new(14), new(12), new(10), new(40, Wrap: true), new(28), new(12), new(80, Wrap: true)];

    public async IAsyncEnumerable<Row> RowsAsync(string topicId, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        string? after = null;
        while (true)
        {
            var ideas = await session.Set<IdeaIndex>().AsNoTracking()
                .Where(x => x.TopicId == topicId && Exported.Contains(x.Status) && (after == null || string.Compare(x.ContentItemId, after) > 0))
                .OrderBy(x => x.ContentItemId).Take(Page).ToListAsync(cancellationToken);
            if (ideas.Count == 0) yield break;
            var ids = ideas.Select(i => i.ContentItemId).ToList();
            var days = (await session.Set<IdeaSupportCount>().AsNoTracking().Where(c => ids.Contains(c.IdeaId) && c.Count != 0).ToListAsync(cancellationToken))
                .ToLookup(c => c.IdeaId);
            var answers = (await session.Set<IdeaStatusChange>().AsNoTracking()
                    .Where(c => ids.Contains(c.IdeaId) && c.Note != null && IdeaAnswering.Decisions.Contains(c.Status)).ToListAsync(cancellationToken))
                .GroupBy(c => c.IdeaId).ToDictionary(g => g.Key, g => g.OrderBy(c => c.CreatedUtc).ThenBy(c => c.Id).Last());
            foreach (var idea in ideas)
            {
                var answer = answers.GetValueOrDefault(idea.ContentItemId);
                yield return new Row(idea.ContentItemId, idea.Title, idea.Category, idea.Status, Date(idea.PublishedUtc), idea.Supports,
                    string.Join("; ", days[idea.ContentItemId].OrderBy(d => d.Day, StringComparer.Ordinal).Select(d => $"{d.Day}={d.Count}")),
                    idea.MergedIntoId ?? "", Date(answer?.CreatedUtc), answer?.Note ?? "");
            }
            after = ids[^1];
        }
    }

    private string Date(DateTime? utc) => utc is { } at ? dates.ToLocal(at).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "";
}
