using Microsoft.EntityFrameworkCore;
using Participation.Data;
using Participation.Email.Models;

namespace Participation.Email.Services;

/// <summary>The outbox's state of named emails, one indexed query for a page of references.</summary>
public sealed class OutboxDeliveries(IDataSession session) : IMailDeliveries
{
    public async Task<IReadOnlyDictionary<string, MailDelivery>> LatestAsync(IReadOnlyCollection<string> references, CancellationToken cancellationToken = default)
    {
        if (references.Count == 0) return new Dictionary<string, MailDelivery>();
        var rows = await session.Set<OutboxMessage>().AsNoTracking().Where(m => m.Reference != null && references.Contains(m.Reference))
            .Select(m => new { m.Id, Reference = m.Reference!, m.Status, m.Attempts, m.LastError, m.SentUtc }).ToListAsync(cancellationToken);
        return rows.GroupBy(m => m.Reference).Select(g => g.MaxBy(m => m.Id)!).ToDictionary(m => m.Reference, m => new MailDelivery(m.Reference, m.Status switch
        {
            OutboxStatus.Sent => MailDeliveryStatus.Sent,
            OutboxStatus.Failed => MailDeliveryStatus.Failed,
            _ => MailDeliveryStatus.Queued,
        }, m.Attempts, m.LastError, m.SentUtc));
    }
}
