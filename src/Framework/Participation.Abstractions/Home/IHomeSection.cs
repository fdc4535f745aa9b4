using Participation.ContentManagement.Display;

namespace Participation.Home;

/// <summary>Where a home section goes: what people can take part in now, or what came of taking part.</summary>
public static class HomeZones
{
    public const string Open = "Open";
    public const string Outcomes = "Outcomes";
}

/// <summary>
/// A block a module adds to the home page (Orchard's widget in a zone): open consultations, open
/// polls, recent decisions; ideas and surveys add theirs the same way. The Pages module renders
/// them by <see cref="ShapeResult.Zone"/> (<see cref="HomeZones"/>) and position. The home page is
/// the busiest page and the same for every visitor: read a few items, ordered, never a whole
/// table, and nothing about the visitor.
/// </summary>
public interface IHomeSection
{
    /// <summary>The section's template and model; null when it has nothing to show.</summary>
    Task<ShapeResult?> BuildAsync();
}
