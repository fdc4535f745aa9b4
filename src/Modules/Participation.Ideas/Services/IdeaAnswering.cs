using Microsoft.EntityFrameworkCore;
using Participation.Caching;
using Participation.Data;
using Participation.Ideas.Domain;
using Participation.Ideas.Models;

namespace Participation.Ideas.Services;

/// <summary>
/// The studying department's decision on an idea: its new status and the official answer, one
/// transaction with the timeline step and the workflow event that emails the author, the
/// supporters and the followers (the shipped workflow).
/// </summary>
public sealed class IdeaAnswering(IDataSession session, IdeaEvents events, IPageCache pages, TimeProvider clock)
{
    /// <summary>The statuses an officer sets.</summary>
    public static readonly IReadOnlyList<string> Decisions = [IdeaStatus.UnderStudy, IdeaStatus.Accepted, IdeaStatus.Rejected, IdeaStatus.Implemented];

    public const int AnswerMax = 8000;

    public async Task<IdeaProblem?> AnswerAsync(string ideaId, string? status, string? answer)
    {
        var text = answer?.Trim() ?? "";
        if (status is null || !Decisions.Contains(status)) return new("Choose the idea's new status.");
        if (text.Length == 0) return new("Write the official answer.");
        if (text.Length > AnswerMax) return new("The answer takes at most {0} characters.", AnswerMax);
        await using var transaction = await session.Database.BeginTransactionAsync();
        var row = await session.Set<IdeaIndex>().FirstOrDefaultAsync(x => x.ContentItemId == ideaId);
        if (row is null || !(IdeaStatus.Listed.Contains(row.Status))) return new("This idea can no longer be answered.");
        var from = row.Status;
        row.Status = status;
        session.Set<IdeaStatusChange>().Add(new IdeaStatusChange { IdeaId = ideaId, Status = status, Note = text, CreatedUtc = clock.GetUtcNow().UtcDateTime });
        await session.SaveChangesAsync();
        await events.StatusChangedAsync(ideaId, row.TopicId, row.Title, from, status, text);
        await transaction.CommitAsync();
        await pages.EvictAsync(CacheTags.ContentItem(ideaId), CacheTags.ContentItem(row.TopicId));
        return null;
    }
}
