using Participation.Transparency.Models;

namespace Participation.Transparency.ViewModels;

public sealed class ArchiveViewModel
{
    public IReadOnlyList<ImpactReport> Reports { get; init; } = [];
    public IReadOnlyDictionary<string, string> DepartmentNames { get; init; } = new Dictionary<string, string>();
    public string? Next { get; init; }
}
