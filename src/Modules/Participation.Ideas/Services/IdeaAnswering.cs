using Microsoft.EntityFrameworkCore;
using Participation.Caching;
using Participation.Data;
using Participation.Ideas.Domain;
using Participation.Ideas.Models;
using Participation.Transparency;

namespace Participation.Ideas.Services;

/// <summary>
/// The studying department's decision on ideas: a new status and the official answer, one
/// transaction with the timeline steps and the workflow events that email each idea's author,
/// supporters and followers (the shipped workflow). Several ideas may be answered at once with
/// one template (<see cref="AnswerTemplate"/>): all of them or none.
/// </summary>
public sealed class IdeaAnswering(IDataSession session, IdeaEvents events, IdeaCustomStatuses customStatuses, IdeaTimelines timelines, IPageCache pages, TimeProvider clock)
{
    /// <summary>The statuses an officer sets.</summary>
    public static readonly IReadOnlyList<string> Decisions = [IdeaStatus.UnderStudy, IdeaStatus.Accepted, IdeaStatus.Rejected, IdeaStatus.Implemented];

    public const int AnswerMax = 8000;

    public Task<IdeaProblem?> AnswerAsync(string ideaId, string? status, string? answer) => AnswerManyAsync(null, [ideaId], status, answer);

    /// <param name="topicId">When given, every idea must be of that topic.</param>
    /// <param name="status">One of <see cref="Decisions"/>, or the key of a status the admin defined (the idea then counts as what that one counts as).</param>
    /// <param name="template">The answer, in which <c>{title}</c> and <c>{supports}</c> become each idea's.</param>
    public async Task<IdeaProblem?> AnswerManyAsync(string? topicId, IReadOnlyList<string> ideaIds, string? status, string? template)
    {
        var text = template?.Trim() ?? "";
        if (ideaIds.Count == 0) return new("Choose the ideas to answer.");
        var custom = (await customStatuses.ListAsync()).Find(status);
        if (custom is not null) status = custom.CountsAs;
        if (status is null || !Decisions.Contains(status)) return new("Choose the idea's new status.");
        if (text.Length == 0) return new("Write the official answer.");
        await using var transaction = await session.Database.BeginTransactionAsync();
        // Rows taken in the order supports and merges take them: many ideas changed at once must not deadlock with them on PostgreSQL.
        await SupportWriter.TakeInOrderAsync(session, ideaIds);
        var rows = await session.Set<IdeaIndex>().Where(x => ideaIds.Contains(x.ContentItemId)).ToListAsync();
        if (rows.Count != ideaIds.Distinct().Count() || rows.Any(r => !IdeaStatus.Listed.Contains(r.Status) || (topicId is not null && r.TopicId != topicId)))
            return new("This idea can no longer be answered.");
        var answers = rows.ToDictionary(r => r.ContentItemId, r => AnswerTemplate.Render(text, r.Title, r.Supports));
        if (answers.Values.Any(a => a.Length > AnswerMax)) return new("The answer takes at most {0} characters.", AnswerMax);
        var now = clock.GetUtcNow().UtcDateTime;
        var changes = rows.Select(r => (Row: r, From: r.Status)).ToList();
        foreach (var (row, _) in changes)
        {
            row.Status = status;
            row.CustomStatus = custom?.Key;
            session.Set<IdeaStatusChange>().Add(new IdeaStatusChange { IdeaId = row.ContentItemId, Status = status, CustomStatus = custom?.Key, Note = answers[row.ContentItemId], CreatedUtc = now });
        }
        await session.SaveChangesAsync();
        foreach (var (row, _) in changes) timelines.Forget(row.ContentItemId);
        foreach (var (row, from) in changes) await events.StatusChangedAsync(row.ContentItemId, row.TopicId, row.Title, from, status, answers[row.ContentItemId], custom);
        await transaction.CommitAsync();
        await pages.EvictAsync([.. rows.Select(r => CacheTags.ContentItem(r.ContentItemId)), .. rows.Select(r => CacheTags.ContentItem(r.TopicId)).Distinct(), TransparencyCacheTags.Results]);
        return null;
    }
}
