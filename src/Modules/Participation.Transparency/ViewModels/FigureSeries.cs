namespace Participation.Transparency.ViewModels;

/// <summary>One figure month by month (a null value: nothing to measure that month).</summary>
public sealed record FigureSeries(string Key, string Section, string Label, FigureKind Kind, List<(DateOnly Month, double? Value)> Points);
