namespace Participation.Transparency.ViewModels;

public sealed class ResultsViewModel
{
    public int Year { get; init; }
    public IReadOnlyList<int> Years { get; init; } = [];
    public IReadOnlyList<ToolResults> Sections { get; init; } = [];
    public IReadOnlyDictionary<string, string> DepartmentNames { get; init; } = new Dictionary<string, string>();
}
