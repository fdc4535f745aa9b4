using Microsoft.EntityFrameworkCore;
using Participation.Data;
using Participation.Transparency.Models;

namespace Participation.Transparency.Services;

/// <summary>The admin archive of the impact reports: the built ones (a pending one has no files yet), the newest first, a page at a time by keyset.</summary>
public sealed class ImpactReportArchive(IDataSession session)
{
    public const int PageSize = 50;

    /// <summary>A page of reports after the (built, id) cursor, with one more row telling whether there is a next page.</summary>
    public async Task<(IReadOnlyList<ImpactReport> Reports, string? Next)> ListAsync(KeysetCursor? after)
    {
        var reports = session.Set<ImpactReport>().AsNoTracking().Where(r => r.Status == ImpactReportStatus.Built);
        if (after is { } cursor)
            reports = reports.Where(r => r.BuiltUtc < cursor.At || (r.BuiltUtc == cursor.At && r.Id < cursor.Id));
        var page = await reports.OrderByDescending(r => r.BuiltUtc).ThenByDescending(r => r.Id).Take(PageSize + 1).ToListAsync();
        var next = page.Count > PageSize ? new KeysetCursor(page[PageSize - 1].BuiltUtc, page[PageSize - 1].Id).ToString() : null;
        return ([.. page.Take(PageSize)], next);
    }

    public Task<ImpactReport?> FindAsync(long id) => session.Set<ImpactReport>().AsNoTracking().FirstOrDefaultAsync(r => r.Id == id && r.Status == ImpactReportStatus.Built);
}
