using Microsoft.EntityFrameworkCore;
using Participation.Data;
using Participation.Ideas.Domain;
using Participation.Ideas.Models;

namespace Participation.Ideas.Services;

/// <summary>The department's feasibility assessments of ideas, read and saved on the study page only.</summary>
public sealed class IdeaAssessments(IDataSession session, TimeProvider clock)
{
    public async Task<IReadOnlyDictionary<string, IdeaAssessment>> OfAsync(IReadOnlyCollection<string> ideaIds)
        => await session.Set<IdeaAssessment>().AsNoTracking().Where(a => ideaIds.Contains(a.IdeaId)).ToDictionaryAsync(a => a.IdeaId);

    public async Task<IdeaProblem?> SaveAsync(string ideaId, string? cost, string? effort, string? impact, string? notes)
    {
        if (FeasibilityRules.Check(cost, effort, impact, notes) is { } problem) return problem;
        if (!await session.Set<IdeaIndex>().AnyAsync(x => x.ContentItemId == ideaId && IdeaStatus.Listed.Contains(x.Status))) return new("This idea can no longer be answered.");
        var row = await session.Set<IdeaAssessment>().FirstOrDefaultAsync(a => a.IdeaId == ideaId);
        if (row is null) session.Set<IdeaAssessment>().Add(row = new IdeaAssessment { IdeaId = ideaId });
        (row.Cost, row.Effort, row.Impact) = (cost!, effort!, impact!);
        row.Notes = notes?.Trim() is { Length: > 0 } text ? text : null;
        row.UpdatedUtc = clock.GetUtcNow().UtcDateTime;
        await session.SaveChangesAsync();
        return null;
    }
}
