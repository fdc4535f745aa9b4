using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Participation.Caching;
using Participation.Data;
using Participation.Ideas.Domain;
using Participation.Ideas.Models;

namespace Participation.Ideas.Services;

public enum SupportAnswer { Supported, Withdrawn, Refused, NotRecorded }

/// <summary>What became of a support: the idea's count and how many supports the person has left in the topic (null: no limit).</summary>
public sealed record SupportResult(SupportAnswer Answer, IdeaProblem? Problem = null, long Supports = 0, int? Left = null, bool SupportedByMe = false);

/// <summary>
/// Supports ideas and takes supports back, through the group commit (<see cref="SupportWriter"/>):
/// the answer comes after the commit. The unique (idea, person) key refuses a second support
/// however many tabs race; a database that fails is never taken for one — the person is told
/// their support was not recorded and may try again. As a ballot does, a support reads nothing
/// of its own on the way: the idea and its topic come from <see cref="SupportTargets"/> (cached),
/// the idea's status is checked on its row in the write's transaction, and what the person is
/// shown next (the count, the supports left) comes back with the outcome.
/// </summary>
public sealed class Supporting(IDataSession session, SupportTargets targets, IGroupCommit<SupportWrite, SupportWritten> supports, IPageCache pages, IdeaMetrics metrics, TimeProvider clock, ILogger<Supporting> logger)
{
    public Task<SupportResult> SupportAsync(string ideaId, string userId, bool identityVerified) => WriteAsync(ideaId, userId, SupportChange.Add, identityVerified);

    public Task<SupportResult> WithdrawAsync(string ideaId, string userId) => WriteAsync(ideaId, userId, SupportChange.Withdraw, true);

    private async Task<SupportResult> WriteAsync(string ideaId, string userId, SupportChange change, bool identityVerified)
    {
        if (await targets.GetAsync(ideaId) is not { } target) return new(SupportAnswer.Refused, new("This idea can no longer be supported."));
        var topic = target.Topic;
        var now = clock.GetUtcNow().UtcDateTime;
        var problem = change == SupportChange.Add
            ? SupportRules.CanSupportIn(topic, target.TopicStage, target.AuthorId == userId, now, identityVerified)
            : SupportRules.CanWithdraw(topic, target.TopicStage, now);
        if (problem is not null) return await ResultAsync(SupportAnswer.Refused, problem, target, userId);
        try
        {
            var written = await supports.WriteAsync(new SupportWrite(ideaId, target.TopicId, userId, change, now, topic.SupportLimit, topic.Threshold, topic.Department));
            // The idea moved to study: its page and its topic's list say so at once.
            if (written.Outcome == SupportOutcome.CountedToThreshold) await pages.EvictAsync(CacheTags.ContentItem(ideaId), CacheTags.ContentItem(target.TopicId));
            if (written.Outcome is SupportOutcome.Counted or SupportOutcome.CountedToThreshold) metrics.SupportAccepted();
            if (written.Outcome is SupportOutcome.SupportedBefore) logger.LogInformation("A second support by {UserId} of idea {IdeaId} was refused", userId, ideaId);
            return written.Outcome switch
            {
                SupportOutcome.Counted or SupportOutcome.CountedToThreshold => await WrittenAsync(SupportAnswer.Supported, written, true, target, userId),
                SupportOutcome.Withdrawn => await WrittenAsync(SupportAnswer.Withdrawn, written, false, target, userId),
                SupportOutcome.SupportedBefore => await ResultAsync(SupportAnswer.Refused, new("You support this idea already."), target, userId),
                SupportOutcome.IdeaClosed => await ResultAsync(SupportAnswer.Refused, await ClosedAsync(ideaId), target, userId),
                SupportOutcome.LimitReached => await ResultAsync(SupportAnswer.Refused, new("You have used all your supports in this topic: take one back to support this idea."), target, userId),
                _ => await ResultAsync(SupportAnswer.Refused, new("You do not support this idea."), target, userId),
            };
        }
        catch (Exception ex) when (ex is WriteNotCommittedException or DbException or DbUpdateException)
        {
            logger.LogWarning(ex, "The support of {UserId} for idea {IdeaId} was not recorded", userId, ideaId);
            return new(SupportAnswer.NotRecorded, new("We could not record your support. Please try again."));
        }
    }

    /// <summary>Why an idea the writer found closed (merged, withdrawn, not published, gone) takes no support.</summary>
    private async Task<IdeaProblem> ClosedAsync(string ideaId)
        => await session.Set<IdeaIndex>().Where(x => x.ContentItemId == ideaId).Select(x => x.Status).FirstOrDefaultAsync() is { } status
           && SupportRules.IdeaCannotBeSupported(status) is { } problem
            ? problem
            : new("This idea can no longer be supported.");

    /// <summary>A counted or withdrawn support: what the write brought back, read only when it could not (a limit's count after a withdrawal it did not read).</summary>
    private async Task<SupportResult> WrittenAsync(SupportAnswer answer, SupportWritten written, bool mine, SupportTarget target, string userId)
        => written.Supports is { } count && (target.Topic.SupportLimit is null || written.Used is not null)
            ? new(answer, null, count, SupportRules.Left(target.Topic, written.Used ?? 0), mine)
            : await ResultAsync(answer, null, target, userId);

    private async Task<SupportResult> ResultAsync(SupportAnswer answer, IdeaProblem? problem, SupportTarget target, string userId)
    {
        var count = await session.Set<IdeaIndex>().Where(x => x.ContentItemId == target.IdeaId).Select(x => x.Supports).FirstOrDefaultAsync();
        var used = target.Topic.SupportLimit is null ? 0 : await session.Set<IdeaSupport>().CountAsync(s => s.TopicId == target.TopicId && s.UserId == userId);
        var mine = await session.Set<IdeaSupport>().AnyAsync(s => s.IdeaId == target.IdeaId && s.UserId == userId);
        return new(answer, problem, count, SupportRules.Left(target.Topic, used), mine);
    }
}
