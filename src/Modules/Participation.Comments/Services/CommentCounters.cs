using Microsoft.EntityFrameworkCore;
using Participation.Comments.Domain;
using Participation.Comments.Models;
using Participation.Data;

namespace Participation.Comments.Services;

/// <summary>
/// Saves comment changes together with what they change in <see cref="CommentCount"/> and
/// <see cref="CommentContributor"/>, in one transaction: the figures and queue totals pages read
/// are then always those of the rows. Counters are added to by upsert (as the polls' are), so
/// two writers never race to create a row.
/// </summary>
internal static class CommentCounters
{
    /// <summary>Saves the session, counting every tracked comment change in the same transaction.</summary>
    public static async Task SaveChangesAsync(IDataSession session)
    {
        var set = session.Set<Comment>();
        var deltas = new List<CommentCountDelta>();
        var contributors = new List<CommentCountDelta>();
        foreach (var comment in set.Local)
        {
            var entry = set.Entry(comment);
            if (entry.State is EntityState.Modified or EntityState.Deleted) Add((Comment)entry.OriginalValues.ToObject(), -1);
            if (entry.State is EntityState.Modified or EntityState.Added) Add(comment, 1);
        }
        var transaction = session.Database.CurrentTransaction is null ? await session.Database.BeginTransactionAsync() : null;
        await using (transaction)
        {
            await session.SaveChangesAsync();
            await AddAsync(session, deltas, contributors);
            if (transaction is not null) await transaction.CommitAsync();
        }

        void Add(Comment comment, long sign)
        {
            deltas.AddRange(CommentCounting.Of(comment, sign));
            if (CommentCounting.IsContribution(comment) && comment.AuthorId is { } author) contributors.Add(new(comment.ContentItemId, CommentCounting.Participants, author, sign));
        }
    }

    /// <summary>A deleted account's contributions no longer name a participant: the items they took part in count one fewer.</summary>
    public static async Task ForgetContributorAsync(IDataSession session, string authorId)
    {
        var items = await session.Set<CommentContributor>().Where(c => c.AuthorId == authorId && c.Contributions > 0).Select(c => c.ContentItemId).ToListAsync();
        await AddAsync(session, [.. items.Select(i => new CommentCountDelta(i, CommentCounting.Participants, "", -1))], []);
        await session.Set<CommentContributor>().Where(c => c.AuthorId == authorId).ExecuteDeleteAsync();
    }

    private static async Task AddAsync(IDataSession session, List<CommentCountDelta> deltas, List<CommentCountDelta> contributors)
    {
        // A person's first contribution on an item (or their last one gone) changes its participants.
        foreach (var c in Summed(contributors))
        {
            var now = (await session.Database.SqlQueryRaw<long>(
                "INSERT INTO \"CommentContributors\" (\"ContentItemId\", \"AuthorId\", \"Contributions\") VALUES ({0}, {1}, {2})"
                + " ON CONFLICT (\"ContentItemId\", \"AuthorId\") DO UPDATE SET \"Contributions\" = \"CommentContributors\".\"Contributions\" + excluded.\"Contributions\""
                + " RETURNING \"Contributions\" AS \"Value\"", c.ContentItemId, c.Key, c.Delta).ToListAsync())[0];
            var change = (now > 0 ? 1 : 0) - (now - c.Delta > 0 ? 1 : 0);
            if (change != 0) deltas.Add(new(c.ContentItemId, CommentCounting.Participants, "", change));
        }
        foreach (var chunk in Summed(deltas).Chunk(200))
        {
            var (rows, values) = SqlValueRows.Of(chunk, d => [d.ContentItemId, d.Figure, d.Key, d.Delta]);
            var upsert = "INSERT INTO \"CommentCounts\" (\"ContentItemId\", \"Figure\", \"Key\", \"Count\") VALUES " + rows
                + " ON CONFLICT (\"ContentItemId\", \"Figure\", \"Key\") DO UPDATE SET \"Count\" = \"CommentCounts\".\"Count\" + excluded.\"Count\"";
            await session.Database.ExecuteSqlRawAsync(upsert, values);
        }
    }

    /// <summary>Summed per counter (an upsert touches a row once) and in key order, so writers on PostgreSQL lock rows in one order and never deadlock.</summary>
    private static List<CommentCountDelta> Summed(IEnumerable<CommentCountDelta> deltas)
        => [.. deltas.GroupBy(d => (d.ContentItemId, d.Figure, d.Key)).Select(g => new CommentCountDelta(g.Key.ContentItemId, g.Key.Figure, g.Key.Key, g.Sum(d => d.Delta)))
            .Where(d => d.Delta != 0).OrderBy(d => d.ContentItemId, StringComparer.Ordinal).ThenBy(d => d.Figure, StringComparer.Ordinal).ThenBy(d => d.Key, StringComparer.Ordinal)];
}
