namespace Participation.Transparency.Services;

/// <summary>The results page's content for one year and language: the year shown, every year there is, and each tool's section.</summary>
public sealed record ResultsOfYear(int Year, IReadOnlyList<int> Years, IReadOnlyList<ToolResults> Sections);
