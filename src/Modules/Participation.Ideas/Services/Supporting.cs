using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Participation.Caching;
using Participation.ContentManagement;
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
/// their support was not recorded and may try again.
/// </summary>
public sealed class Supporting(IDataSession session, IContentManager contentManager, IGroupCommit<SupportWrite, SupportOutcome> supports, IPageCache pages, IdeaMetrics metrics, TimeProvider clock, ILogger<Supporting> logger)
{
    public Task<SupportResult> SupportAsync(string ideaId, string userId, bool identityVerified) => WriteAsync(ideaId, userId, SupportChange.Add, identityVerified);

    public Task<SupportResult> WithdrawAsync(string ideaId, string userId) => WriteAsync(ideaId, userId, SupportChange.Withdraw, true);

    private async Task<SupportResult> WriteAsync(string ideaId, string userId, SupportChange change, bool identityVerified)
    {
        var idea = await session.Set<IdeaIndex>().AsNoTracking().FirstOrDefaultAsync(x => x.ContentItemId == ideaId);
        var topicItem = idea is null ? null : await contentManager.GetAsync(idea.TopicId);
        if (idea is null || topicItem is null) return new(SupportAnswer.Refused, new("This idea can no longer be supported."));
        var topic = topicItem.As<IdeaTopicPart>();
        var now = clock.GetUtcNow().UtcDateTime;
        var problem = change == SupportChange.Add
            ? SupportRules.CanSupport(topic, topicItem.Stage ?? "", idea.Status, idea.AuthorId == userId, now, identityVerified)
            : SupportRules.CanWithdraw(topic, topicItem.Stage ?? "", now);
        if (problem is not null) return await ResultAsync(SupportAnswer.Refused, problem, idea, topic, userId);
        try
        {
            var outcome = await supports.WriteAsync(new SupportWrite(ideaId, idea.TopicId, userId, change, now, topic.SupportLimit, topic.Threshold, topic.Department));
            // The idea moved to study: its page and its topic's list say so at once.
            if (outcome == SupportOutcome.CountedToThreshold) await pages.EvictAsync(CacheTags.ContentItem(ideaId), CacheTags.ContentItem(idea.TopicId));
            if (outcome is SupportOutcome.Counted or SupportOutcome.CountedToThreshold) metrics.SupportAccepted();
            if (outcome is SupportOutcome.SupportedBefore) logger.LogInformation("A second support by {UserId} of idea {IdeaId} was refused", userId, ideaId);
            return outcome switch
            {
                SupportOutcome.Counted or SupportOutcome.CountedToThreshold => await ResultAsync(SupportAnswer.Supported, null, idea, topic, userId),
                SupportOutcome.Withdrawn => await ResultAsync(SupportAnswer.Withdrawn, null, idea, topic, userId),
                SupportOutcome.SupportedBefore => await ResultAsync(SupportAnswer.Refused, new("You support this idea already."), idea, topic, userId),
                SupportOutcome.IdeaClosed => await ResultAsync(SupportAnswer.Refused, await ClosedAsync(ideaId), idea, topic, userId),
                SupportOutcome.LimitReached => await ResultAsync(SupportAnswer.Refused, new("You have used all your supports in this topic: take one back to support this idea."), idea, topic, userId),
                _ => await ResultAsync(SupportAnswer.Refused, new("You do not support this idea."), idea, topic, userId),
            };
        }
        catch (Exception ex) when (ex is WriteNotCommittedException or DbException or DbUpdateException)
        {
            logger.LogWarning(ex, "The support of {UserId} for idea {IdeaId} was not recorded", userId, ideaId);
            return new(SupportAnswer.NotRecorded, new("We could not record your support. Please try again."));
        }
    }

    /// <summary>Why an idea that changed status meanwhile (merged, withdrawn) takes no support.</summary>
    private async Task<IdeaProblem> ClosedAsync(string ideaId)
        => SupportRules.IdeaCannotBeSupported(await session.Set<IdeaIndex>().Where(x => x.ContentItemId == ideaId).Select(x => x.Status).FirstAsync())
           ?? new("This idea can no longer be supported.");

    private async Task<SupportResult> ResultAsync(SupportAnswer answer, IdeaProblem? problem, IdeaIndex idea, IdeaTopicPart topic, string userId)
    {
        var count = await session.Set<IdeaIndex>().Where(x => x.ContentItemId == idea.ContentItemId).Select(x => x.Supports).FirstAsync();
        var used = topic.SupportLimit is null ? 0 : await session.Set<IdeaSupport>().CountAsync(s => s.TopicId == idea.TopicId && s.UserId == userId);
        var mine = await session.Set<IdeaSupport>().AnyAsync(s => s.IdeaId == idea.ContentItemId && s.UserId == userId);
        return new(answer, problem, count, SupportRules.Left(topic, used), mine);
    }
}
