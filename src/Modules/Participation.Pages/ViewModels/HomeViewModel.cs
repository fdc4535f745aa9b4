using Participation.ContentManagement.Display;
using Participation.Navigation;

namespace Participation.Pages.ViewModels;

/// <summary>The home page: the ways to take part and the modules' sections (what is open, what was decided).</summary>
public sealed class HomeViewModel
{
    public required IReadOnlyList<MenuItem> Menu { get; init; }
    public required IReadOnlyList<ShapeResult> Sections { get; init; }
}
