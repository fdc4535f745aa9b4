using Participation.Transparency.ViewModels;

namespace Participation.Transparency.Services;

/// <summary>
/// Participation over time for staff: each month of the period, every contributing module's
/// figures (for one department when chosen). A figure is a series of months, drawn and tabled.
/// </summary>
public sealed class ParticipationDashboard(IEnumerable<IImpactFigures> modules)
{
    /// <summary>The longest period the dashboard reads at once: one query set per month and module.</summary>
    public const int MaxMonths = 36;

    private readonly IReadOnlyList<IImpactFigures> _modules = [.. modules.OrderBy(m => m.Position).ThenBy(m => m.Tool, StringComparer.Ordinal)];

    /// <summary>The months from the first to the last (both included), as their first days.</summary>
    public static IReadOnlyList<DateOnly> Months(DateOnly from, DateOnly to)
    {
        var months = new List<DateOnly>();
        for (var month = new DateOnly(from.Year, from.Month, 1); month <= to && months.Count < MaxMonths; month = month.AddMonths(1)) months.Add(month);
        return months;
    }

    public async Task<IReadOnlyList<FigureSeries>> SeriesAsync(IReadOnlyList<DateOnly> months, string? departmentKey, string culture)
    {
        var series = new Dictionary<string, FigureSeries>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var month in months)
        {
            var from = month.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            foreach (var module in _modules)
            {
                var section = await module.ComputeAsync(new ImpactQuery(from, from.AddMonths(1), departmentKey, culture));
                foreach (var figure in section.Figures)
                {
                    if (!series.TryGetValue(figure.Key, out var line))
                    {
                        series[figure.Key] = line = new FigureSeries(figure.Key, section.Heading, figure.Label, figure.Kind, []);
                        order.Add(figure.Key);
                    }
                    line.Points.Add((month, figure.Value));
                }
            }
        }
        return [.. order.Select(k => series[k])];
    }
}
