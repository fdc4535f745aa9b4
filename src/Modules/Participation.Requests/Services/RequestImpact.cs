using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Participation.Data;
using Participation.Requests.Models;
using Participation.Transparency;

namespace Participation.Requests.Services;

/// <summary>
/// The requests' figures of a period, as the response figures count them (requests sent in the
/// period; answered, on time and the median office hours among those), and the changes
/// officers recorded in it.
/// </summary>
public sealed class RequestImpact(IDataSession session, ResponseFigures figures, IStringLocalizer<RequestImpact> T) : IImpactFigures
{
    public string Tool => "requests";
    public int Position => 3;

    public async Task<ImpactSection> ComputeAsync(ImpactQuery query)
    {
        var rows = await figures.ComputeAsync(query.FromUtc, query.ToUtc, query.DepartmentKey, pooled: true);
        var all = rows.FirstOrDefault() ?? new DepartmentFigures("", 0, 0, 0, 0, 0, null, null, 0);
        var marked = session.Set<RequestChange>().AsNoTracking().Where(c => c.MarkedUtc >= query.FromUtc && c.MarkedUtc < query.ToUtc);
        if (query.DepartmentKey is { } department)
            marked = marked.Where(c => session.Set<ServiceRequest>().Any(r => r.Id == c.RequestId && r.DepartmentKey == department));
        var changes = await marked.OrderBy(c => c.MarkedUtc).Select(c => c.Summary).ToListAsync();
        return new ImpactSection(Tool, T["Suggestions and complaints"],
        [
            new("requests.received", T["Received"], all.Received, FigureKind.Count),
            new("requests.answered", T["Answered"], all.Answered, FigureKind.Count),
            new("requests.on-time", T["Answered on time"], all.OnTimePercent, FigureKind.Percent),
            new("requests.median-hours", T["Median time to answer"], all.MedianHoursToAnswer, FigureKind.Hours),
            new("requests.satisfaction", T["Satisfaction"], all.AverageRating, FigureKind.Rating),
            new("requests.changes", T["Changes made"], changes.Count, FigureKind.Count),
        ], changes);
    }
}
