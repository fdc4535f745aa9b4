using Microsoft.AspNetCore.Http;
using Participation.Data;

namespace Participation.AuditTrail.Services;

public sealed class AuditTrailService(IDataSession session, IHttpContextAccessor http, TimeProvider clock) : IAuditTrail
{
    public async Task RecordAsync(string category, string name, string? comment = null, Action<AuditTrailEvent>? fill = null)
    {
        var user = http.HttpContext?.User;
        var entry = new AuditTrailEvent
        {
            Category = category,
            Name = name,
            Comment = comment,
            UserName = user?.Identity?.IsAuthenticated == true ? user.Identity.Name : null,
            CreatedUtc = clock.GetUtcNow().UtcDateTime,
        };
        fill?.Invoke(entry);
        session.Set<AuditTrailEvent>().Add(entry);
        await session.SaveChangesAsync();
    }
}
