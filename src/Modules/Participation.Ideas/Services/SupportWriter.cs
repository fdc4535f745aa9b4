using Microsoft.EntityFrameworkCore;
using Participation.Data;
using Participation.Ideas.Domain;
using Participation.Ideas.Models;

namespace Participation.Ideas.Services;

public enum SupportChange { Add, Withdraw }

/// <summary>
/// A support to add or take back, checked against the topic's rules already. <see cref="Limit"/>
/// and <see cref="Threshold"/> are the topic's; <see cref="Department"/> is told when the threshold is reached.
/// </summary>
public sealed record SupportWrite(string IdeaId, string TopicId, string UserId, SupportChange Change, DateTime AtUtc, int? Limit = null, int? Threshold = null, string Department = "");

public enum SupportOutcome { Counted, CountedToThreshold, SupportedBefore, LimitReached, Withdrawn, NotSupported, IdeaClosed }

/// <summary>
/// What became of a support and, when it was counted or taken back, what the person is shown next,
/// as the write left it in its transaction: the idea's supports and, where the topic sets a limit,
/// how many the person holds in the topic (null: not read — read it).
/// </summary>
public sealed record SupportWritten(SupportOutcome Outcome, long? Supports = null, long? Used = null);

/// <summary>
/// Writes a batch of supports in the group commit's transaction, one after the other so that a
/// person's tabs and the per-topic limit are settled in order: the support row (the unique
/// (idea, person) key refuses a second one as <see cref="SupportOutcome.SupportedBefore"/>), the
/// idea's counter by an atomic update, the day's counter by upsert, the trending key; the first
/// support that reaches the topic's threshold moves the idea to study and stores its workflow
/// events — once (<see cref="StudyStart"/>). A counted or withdrawn support carries the idea's
/// count and the person's supports in the topic as the write left them, so the request reads nothing after it;
/// the person's kept supports (<see cref="OwnSupports"/>) are forgotten in the transaction and again when it ends.
/// Each write takes the idea's row first, checking its status there: a merge holding the row
/// (<see cref="IdeaMerging"/>) is waited for, and then the idea is found merged, so no support
/// lands on an idea whose supports have moved (<see cref="SupportOutcome.IdeaClosed"/>). A batch
/// takes all its ideas' rows first, in the order a merge takes them (<see cref="TakeInOrderAsync"/>).
/// </summary>
public sealed class SupportWriter(StudyStart study, SupportDays days, OwnSupports own) : IBatchWriter<SupportWrite, SupportWritten>
{
    public async Task<IReadOnlyList<SupportWritten>> WriteAsync(IDataSession session, IReadOnlyList<SupportWrite> writes)
    {
        await TakeInOrderAsync(session, writes.Select(w => w.IdeaId));
        var outcomes = new List<SupportWritten>(writes.Count);
        foreach (var write in writes) outcomes.Add(write.Change == SupportChange.Add ? await AddAsync(session, write) : await WithdrawAsync(session, write));
        return outcomes;
    }

    private async Task<SupportWritten> AddAsync(IDataSession session, SupportWrite w)
    {
        if (await TakeAsync(session, w.IdeaId, IdeaStatus.Supportable) == 0) return new(SupportOutcome.IdeaClosed);
        var supports = session.Set<IdeaSupport>();
        long? used = w.Limit is null ? null : await supports.CountAsync(s => s.TopicId == w.TopicId && s.UserId == w.UserId);
        if (used >= w.Limit)
            return new(await supports.AnyAsync(s => s.IdeaId == w.IdeaId && s.UserId == w.UserId) ? SupportOutcome.SupportedBefore : SupportOutcome.LimitReached);
        var inserted = await session.Database.SqlQueryRaw<SupportRow>(
            "INSERT INTO \"IdeaSupports\" (\"IdeaId\", \"TopicId\", \"UserId\", \"CreatedUtc\") VALUES ({0}, {1}, {2}, {3}) ON CONFLICT (\"IdeaId\", \"UserId\") DO NOTHING RETURNING \"Id\", \"CreatedUtc\"",
            w.IdeaId, w.TopicId, w.UserId, w.AtUtc).ToListAsync();
        if (inserted.Count == 0) return new(SupportOutcome.SupportedBefore);
        own.Forget(w.TopicId, w.UserId);
        var idea = await CountAsync(session, w.IdeaId, +1, w.AtUtc);
        await session.Database.ExecuteSqlRawAsync("UPDATE \"IdeaIndex\" SET \"Heat\" = {1} WHERE \"ContentItemId\" = {0}", w.IdeaId, TrendingScore.Add(idea.Heat, w.AtUtc));
        var counted = new SupportWritten(SupportOutcome.Counted, idea.Supports, used + 1);
        if (w.Threshold is not { } threshold || idea.Supports < threshold) return counted;
        if (!await study.StartAsync(session, w.IdeaId, w.TopicId, idea.Title, idea.Supports, w.Department, w.AtUtc, StudyRule.Threshold)) return counted;
        return counted with { Outcome = SupportOutcome.CountedToThreshold };
    }

    private async Task<SupportWritten> WithdrawAsync(IDataSession session, SupportWrite w)
    {
        // A merged idea has no supports left to take back: they moved with the merge.
        if (await TakeAsync(session, w.IdeaId, IdeaStatus.HoldingSupports) == 0) return new(SupportOutcome.NotSupported);
        var removed = await session.Database.SqlQueryRaw<SupportRow>(
            "DELETE FROM \"IdeaSupports\" WHERE \"IdeaId\" = {0} AND \"UserId\" = {1} RETURNING \"Id\", \"CreatedUtc\"", w.IdeaId, w.UserId).ToListAsync();
        if (removed.Count == 0) return new(SupportOutcome.NotSupported);
        own.Forget(w.TopicId, w.UserId);
        var supportedUtc = DateTime.SpecifyKind(removed[0].CreatedUtc, DateTimeKind.Utc);
        var idea = await CountAsync(session, w.IdeaId, -1, supportedUtc);
        var heat = idea.Supports == 0 ? TrendingScore.Start(idea.PublishedUtc ?? idea.CreatedUtc) : TrendingScore.Remove(idea.Heat, supportedUtc, idea.PublishedUtc ?? idea.CreatedUtc);
        await session.Database.ExecuteSqlRawAsync("UPDATE \"IdeaIndex\" SET \"Heat\" = {1} WHERE \"ContentItemId\" = {0}", w.IdeaId, heat);
        long? used = w.Limit is null ? null : await session.Set<IdeaSupport>().CountAsync(s => s.TopicId == w.TopicId && s.UserId == w.UserId);
        return new(SupportOutcome.Withdrawn, idea.Supports, used);
    }

    /// <summary>Adds to the idea's counter and to the counter of the support's Riyadh day; returns the idea's row as updated.</summary>
    private async Task<IdeaCounted> CountAsync(IDataSession session, string ideaId, long delta, DateTime supportedUtc)
    {
        var rows = await session.Database.SqlQueryRaw<IdeaCounted>(
            "UPDATE \"IdeaIndex\" SET \"Supports\" = \"Supports\" + {1} WHERE \"ContentItemId\" = {0} RETURNING \"Supports\", \"Heat\", \"Title\", \"CreatedUtc\", \"PublishedUtc\"",
            ideaId, delta).ToListAsync();
        await days.AddAsync(session, ideaId, supportedUtc, delta);
        // No row: the idea's index row is missing, which a support must never paper over.
        return rows.Count == 1 ? rows[0] : throw new InvalidOperationException($"Idea {ideaId} has no index row.");
    }

    /// <summary>
    /// Takes the idea's row for the rest of the transaction (a no-op update) if its status is one
    /// of <paramref name="statuses"/>; 0 when it is not. Taking it before anything else is written
    /// orders supports and merges of one idea one after the other.
    /// </summary>
    public static Task<int> TakeAsync(IDataSession session, string ideaId, IReadOnlyList<string> statuses)
        => session.Set<IdeaIndex>().Where(x => x.ContentItemId == ideaId && statuses.Contains(x.Status)).ExecuteUpdateAsync(s => s.SetProperty(x => x.Supports, x => x.Supports));

    /// <summary>
    /// Takes the rows of all <paramref name="ideaIds"/> for the rest of the transaction, one at a
    /// time in one order (ordinal by id) whatever order the writes came in. Every transaction that
    /// holds more than one idea's row — a batch of supports, a merge — takes them so, first: none
    /// then waits for a row while holding one another waits for, which PostgreSQL would end as a
    /// deadlock, failing the batch or the merge.
    /// </summary>
    public static async Task TakeInOrderAsync(IDataSession session, IEnumerable<string> ideaIds)
    {
        foreach (var id in ideaIds.Distinct().Order(StringComparer.Ordinal))
            await session.Set<IdeaIndex>().Where(x => x.ContentItemId == id).ExecuteUpdateAsync(s => s.SetProperty(x => x.Supports, x => x.Supports));
    }

    private sealed class SupportRow
    {
        public long Id { get; set; }
        public DateTime CreatedUtc { get; set; }
    }

    private sealed class IdeaCounted
    {
        public long Supports { get; set; }
        public double Heat { get; set; }
        public string Title { get; set; } = "";
        public DateTime CreatedUtc { get; set; }
        public DateTime? PublishedUtc { get; set; }
    }
}
