namespace Participation.Transparency.ViewModels;

public sealed class DashboardViewModel
{
    public DateOnly From { get; init; }
    public DateOnly To { get; init; }
    public string? Department { get; init; }
    public IReadOnlyList<(string Key, string Name)> Departments { get; init; } = [];
    public IReadOnlyList<FigureSeries> Series { get; init; } = [];
}
