namespace Participation.Transparency.Models;

/// <summary>What a build published of one dataset: its columns, its rows, and how many the threshold withheld.</summary>
public sealed record OpenDatasetSummary(string Name, string TitleAr, string TitleEn, IReadOnlyList<string> Columns, int Rows, int Withheld)
{
    public string Title(string culture) => culture.StartsWith("ar", StringComparison.Ordinal) ? TitleAr : TitleEn;
}
