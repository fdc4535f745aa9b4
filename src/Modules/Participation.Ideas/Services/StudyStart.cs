using Microsoft.EntityFrameworkCore;
using Participation.Data;
using Participation.Ideas.Models;

namespace Participation.Ideas.Services;

/// <summary>Why the supports sent an idea to study: the workflow event's <c>Input.Rule</c>.</summary>
public static class StudyRule
{
    public const string Threshold = "Threshold", MostSupported = "MostSupported";
}

/// <summary>
/// Sends a published idea to study because of its supports — the topic's threshold reached, or
/// among the most supported when supporting ended — in the caller's transaction: the status,
/// the timeline, the threshold-reached event (which the shipped workflow emails to the
/// department) and the status change. Once per idea: only the update that finds no
/// <see cref="IdeaIndex.ThresholdReachedUtc"/> yet sets it.
/// </summary>
public sealed class StudyStart(IdeaEvents events, IdeaTimelines timelines)
{
    /// <returns>Whether this call sent the idea to study (false: it was sent before, or is no longer published).</returns>
    public async Task<bool> StartAsync(IDataSession session, string ideaId, string topicId, string title, long supports, string department, DateTime atUtc, string rule)
    {
        var sent = await session.Set<IdeaIndex>()
            .Where(x => x.ContentItemId == ideaId && x.ThresholdReachedUtc == null && x.Status == IdeaStatus.Published)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.ThresholdReachedUtc, atUtc).SetProperty(x => x.Status, IdeaStatus.UnderStudy));
        if (sent == 0) return false;
        session.Set<IdeaStatusChange>().Add(new IdeaStatusChange { IdeaId = ideaId, Status = IdeaStatus.UnderStudy, CreatedUtc = atUtc });
        await session.SaveChangesAsync();
        timelines.Forget(ideaId);
        await events.ThresholdReachedAsync(ideaId, topicId, title, supports, department, rule);
        await events.StatusChangedAsync(ideaId, topicId, title, IdeaStatus.Published, IdeaStatus.UnderStudy);
        return true;
    }
}
