using Microsoft.EntityFrameworkCore;
using Participation.AuditTrail;
using Participation.Caching;
using Participation.Data;
using Participation.Moderation;
using Participation.Requests.Domain;
using Participation.Requests.Models;
using Participation.Transparency;

namespace Participation.Requests.Services;

/// <summary>
/// Officers record that a suggestion led to a change, with a public one-line summary, or take
/// the mark back. Each is audited, and evicts the results page that shows the marks.
/// </summary>
public sealed class RequestChanges(IDataSession session, IPersonalDataDetector personalData, IAuditTrail audit, IPageCache pageCache, TimeProvider clock)
{
    public Task<RequestChange?> FindAsync(long requestId) => session.Set<RequestChange>().AsNoTracking().FirstOrDefaultAsync(c => c.RequestId == requestId);

    public async Task<CaseOutcome> MarkAsync(ServiceRequest request, string? summary, Actor actor)
    {
        if (ChangeSummaryRules.Check(request, summary, text => personalData.Find(text).Count > 0) is { } problem) return CaseOutcome.Refused(problem);
        var change = await session.Set<RequestChange>().FirstOrDefaultAsync(c => c.RequestId == request.Id);
        if (change is null) session.Set<RequestChange>().Add(change = new RequestChange { RequestId = request.Id });
        change.Summary = summary!.Trim();
        change.MarkedUtc = clock.GetUtcNow().UtcDateTime;
        change.MarkedByUserId = actor.UserId;
        await session.SaveChangesAsync();
        await audit.RecordAsync("Request", "ChangeRecorded", $"{request.ReferenceNumber}: {change.Summary}");
        await pageCache.EvictAsync(TransparencyCacheTags.Results);
        return CaseOutcome.Done("Recorded: the change is shown on the results page.");
    }

    public async Task<CaseOutcome> UnmarkAsync(ServiceRequest request)
    {
        var removed = await session.Set<RequestChange>().Where(c => c.RequestId == request.Id).ExecuteDeleteAsync();
        if (removed == 0) return CaseOutcome.Refused("This request is not marked as having led to a change.");
        await audit.RecordAsync("Request", "ChangeWithdrawn", request.ReferenceNumber);
        await pageCache.EvictAsync(TransparencyCacheTags.Results);
        return CaseOutcome.Done("The change is no longer shown on the results page.");
    }
}
