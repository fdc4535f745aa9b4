using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Participation.Data;
using Participation.Departments;
using Participation.Requests.Domain;
using Participation.Requests.Models;
using Participation.Requests.ViewModels;
using Participation.Surveys;

namespace Participation.Requests.Services;

/// <summary>One department's response record.</summary>
public sealed record DepartmentFigures(string DepartmentKey, int Received, int Open, int Overdue, int Answered, int AnsweredOnTime, double? MedianHoursToAnswer, double? AverageRating, int Ratings)
{
    public double? OnTimePercent => Answered == 0 ? null : Math.Round(100.0 * AnsweredOnTime / Answered, 1);
}

/// <summary>Response figures per department: answered on time, median office hours to answer, satisfaction.</summary>
public sealed class ResponseFigures(IDataSession session, RequestSettingsStore settingsStore, IDepartmentDirectory departments, IEnumerable<IAnswerSatisfaction> surveySatisfaction, TimeProvider clock)
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
        var (fromUtc, toUtc) = (start.ToDateTime(TimeOnly.MinValue), end.AddDays(1).ToDateTime(TimeOnly.MinValue));
        var surveyed = new Dictionary<string, AnswerSatisfaction>();
        foreach (var source in surveySatisfaction)
            foreach (var row in await source.ByDepartmentAsync(fromUtc, toUtc)) surveyed[row.DepartmentKey] = row;
        return new FiguresViewModel
        {
            From = start, To = end,
            Rows = await ComputeAsync(fromUtc, toUtc),
            SurveySatisfaction = surveyed,
            DepartmentNames = (await departments.ListAsync(activeOnly: false)).ToDictionary(d => d.Key, d => d.Name(culture)),
        };
    }

    /// <summary>
    /// Counts, on-time answers and ratings are aggregated by the database per department. The
    /// median needs each answer's office time, which is calendar arithmetic: only the answered
    /// requests' three dates stream in, and one number per answer is kept.
    /// </summary>
    /// <param name="departmentKey">Only this department's requests, when given.</param>
    /// <param name="pooled">One row for all the requests (key empty), its median over all their answers.</param>
    public async Task<List<DepartmentFigures>> ComputeAsync(DateTime fromUtc, DateTime toUtc, string? departmentKey = null, bool pooled = false)
    {
        var responseClock = await settingsStore.ClockAsync();
        var now = clock.GetUtcNow().UtcDateTime;
        var inPeriod = session.Set<ServiceRequest>().AsNoTracking().Where(r => r.MergedIntoId == null && r.SubmittedUtc >= fromUtc && r.SubmittedUtc < toUtc);
        if (departmentKey is not null) inPeriod = inPeriod.Where(r => r.DepartmentKey == departmentKey);
        var counts = await inPeriod.GroupBy(r => pooled ? "" : r.DepartmentKey ?? "").Select(g => new
        {
            g.Key,
            Received = g.Count(),
            Open = g.Count(r => r.Status != RequestStatus.Answered && r.Status != RequestStatus.Closed),
            Overdue = g.Count(r => r.Status != RequestStatus.Answered && r.Status != RequestStatus.Closed && r.PausedUtc == null && r.DueUtc <= now),
            Answered = g.Count(r => r.AnsweredUtc != null),
            OnTime = g.Count(r => r.AnsweredUtc != null && r.AnsweredUtc <= r.DueUtc),
            Ratings = g.Count(r => r.Rating != null),
            AverageRating = g.Average(r => (double?)r.Rating),
        }).ToListAsync();
        var hours = new Dictionary<string, List<double>>();
        await foreach (var answer in inPeriod.Where(r => r.AnsweredUtc != null)
            .Select(r => new { Key = pooled ? "" : r.DepartmentKey ?? "", r.SubmittedUtc, AnsweredUtc = r.AnsweredUtc!.Value, r.PausedMinutes }).AsAsyncEnumerable())
        {
            if (!hours.TryGetValue(answer.Key, out var list)) hours[answer.Key] = list = [];
            list.Add(responseClock.TimeToAnswer(answer.SubmittedUtc, answer.AnsweredUtc, answer.PausedMinutes).TotalHours);
        }
        return [.. counts.OrderBy(c => c.Key).Select(c => new DepartmentFigures(c.Key, c.Received, c.Open, c.Overdue, c.Answered, c.OnTime,
            Median(hours.TryGetValue(c.Key, out var list) ? [.. list.Order()] : []),
            c.Ratings == 0 || c.AverageRating is not { } average ? null : Math.Round(average, 2), c.Ratings))];
    }

    private static double? Median(List<double> sorted) => sorted.Count == 0 ? null
        : Math.Round(sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2, 1);
}
