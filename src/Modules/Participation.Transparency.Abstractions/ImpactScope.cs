using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Participation.ContentManagement;
using Participation.Data;
using Participation.Localization;

namespace Participation.Transparency;

/// <summary>
/// What a module's figures of a period cover when it counts per item and per day (polls' voters,
/// ideas' supports): its published items of one type — those of the query's department when it
/// names one — and the period's days in the site's time zone as the per-day counters key them
/// (<c>yyyy-MM-dd</c>, compared as text: a day is in the period when <see cref="FromDay"/> ≤ day &lt; <see cref="ToDay"/>).
/// </summary>
public sealed record ImpactScope<TPart>(IReadOnlyList<(string ContentItemId, TPart Part)> Items, string FromDay, string ToDay) where TPart : ContentPart, new()
{
    public IReadOnlyList<string> Ids { get; } = [.. Items.Select(i => i.ContentItemId)];

    /// <param name="department">The department a part belongs to (the key <see cref="ImpactQuery.DepartmentKey"/> names).</param>
    public static async Task<ImpactScope<TPart>> ReadAsync(IDataSession session, IDateDisplay dates, ImpactQuery query, string contentType, Func<TPart, string> department)
    {
        var items = (await session.Set<ContentItem>().AsNoTracking().Where(x => x.Published && x.ContentType == contentType).ToListAsync())
            .Select(x => (x.ContentItemId, Part: x.As<TPart>()))
            .Where(x => query.DepartmentKey is null || department(x.Part) == query.DepartmentKey).ToList();
        return new(items, Day(dates, query.FromUtc), Day(dates, query.ToUtc));
    }

    private static string Day(IDateDisplay dates, DateTime utc) => dates.ToLocal(utc).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
