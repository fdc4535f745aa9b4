using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Participation.Data;
using Participation.Departments;
using Participation.Requests.Domain;
using Participation.Requests.Models;
using Participation.Requests.ViewModels;

namespace Participation.Requests.Services;

/// <summary>One department's response record.</summary>
public sealed record DepartmentFigures(string DepartmentKey, int Received, int Open, int Overdue, int Answered, int AnsweredOnTime, double? MedianHoursToAnswer, double? AverageRating, int Ratings)
{
    public double? OnTimePercent => Answered == 0 ? null : Math.Round(100.0 * AnsweredOnTime / Answered, 1);
}

/// <summary>Response figures per department: answered on time, median office hours to answer, satisfaction.</summary>
public sealed class ResponseFigures(IDataSession session, RequestSettingsStore settingsStore, IDepartmentDirectory departments, TimeProvider clock)
{
    /// <summary>A day a report may start or end on: no request is older than 1900, and day arithmetic stays in range.</summary>
    public static bool IsReportable(DateOnly? day) => day is not { } d || d.Year is >= 1900 and <= 2999;

    /// <summary>The figures for requests sent between the two days (both included); the last 90 days unless told.</summary>
    public async Task<FiguresViewModel> ReportAsync(DateOnly? from, DateOnly? to)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var start = from ?? today.AddDays(-90);
        var end = to ?? today;
        var culture = CultureInfo.CurrentUICulture.Name;
        return new FiguresViewModel
        {
            From = start, To = end,
            Rows = await ComputeAsync(start.ToDateTime(TimeOnly.MinValue), end.AddDays(1).ToDateTime(TimeOnly.MinValue)),
            DepartmentNames = (await departments.ListAsync(activeOnly: false)).ToDictionary(d => d.Key, d => d.Name(culture)),
        };
    }

    private async Task<List<DepartmentFigures>> ComputeAsync(DateTime fromUtc, DateTime toUtc)
    {
        var responseClock = await settingsStore.ClockAsync();
        var now = clock.GetUtcNow().UtcDateTime;
        var rows = await session.Set<ServiceRequest>().AsNoTracking().Where(r => r.MergedIntoId == null && r.SubmittedUtc >= fromUtc && r.SubmittedUtc < toUtc).ToListAsync();
        return [.. rows.GroupBy(r => r.DepartmentKey ?? "").OrderBy(g => g.Key).Select(g =>
        {
            var answered = g.Where(r => r.AnsweredUtc is not null).ToList();
            var hours = answered.Select(r => responseClock.TimeToAnswer(r).TotalHours).Order().ToList();
            var rated = g.Where(r => r.Rating is not null).ToList();
            return new DepartmentFigures(g.Key, g.Count(), g.Count(r => r.IsOpen), g.Count(r => responseClock.IsOverdue(r, now)),
                answered.Count, answered.Count(r => r.AnsweredUtc <= r.DueUtc), Median(hours),
                rated.Count == 0 ? null : Math.Round(rated.Average(r => r.Rating!.Value), 2), rated.Count);
        })];
    }

    private static double? Median(List<double> sorted) => sorted.Count == 0 ? null
        : Math.Round(sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2, 1);
}
