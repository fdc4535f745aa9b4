using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Participation.AuditTrail.Models;
using Participation.Data;

namespace Participation.AuditTrail.Services;

public sealed class AuditTrailService(IDataSession session, IHttpContextAccessor http, TimeProvider clock) : IAuditTrail
{
    public async Task RecordAsync(string category, string name, string? comment = null, AuditSubject? subject = null, bool anonymous = false)
    {
        var user = http.HttpContext?.User;
        session.Set<AuditTrailEvent>().Add(new AuditTrailEvent
        {
            Category = category,
            Name = name,
            Comment = comment,
            UserName = !anonymous && user?.Identity?.IsAuthenticated == true ? user.Identity.Name : null,
            ContentItemId = subject?.ContentItemId,
            ContentItemVersionId = subject?.ContentItemVersionId,
            ContentType = subject?.ContentType,
            DisplayText = subject?.DisplayText,
            CreatedUtc = clock.GetUtcNow().UtcDateTime,
        });
        await session.SaveChangesAsync();
    }

    public async Task<IReadOnlyList<AuditTrailEntry>> ListAsync(AuditTrailQuery query)
    {
        var events = Filter(query);
        events = query.OldestFirst ? events.OrderBy(e => e.Id) : events.OrderByDescending(e => e.Id);
        if (query.Skip > 0) events = events.Skip(query.Skip);
        if (query.Take is { } take) events = events.Take(take);
        return await events.Select(e => new AuditTrailEntry(e.Id, e.Category, e.Name, e.ContentItemId, e.ContentItemVersionId, e.ContentType, e.DisplayText, e.UserName, e.Comment, e.CreatedUtc)).ToListAsync();
    }

    /// <summary>How many entries the query's filters match (for paging).</summary>
    public Task<int> CountAsync(AuditTrailQuery query) => Filter(query).CountAsync();

    public Task<List<string>> CategoriesAsync() => session.Set<AuditTrailEvent>().Select(e => e.Category).Distinct().OrderBy(c => c).ToListAsync();

    private IQueryable<AuditTrailEvent> Filter(AuditTrailQuery query)
    {
        var events = session.Set<AuditTrailEvent>().AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.Category)) events = events.Where(e => e.Category == query.Category);
        if (!string.IsNullOrWhiteSpace(query.ContentItemId)) events = events.Where(e => e.ContentItemId == query.ContentItemId);
        if (query.Names is { Count: > 0 } names) events = events.Where(e => names.Contains(e.Name));
        return events;
    }
}
