namespace Participation.Ideas.Models;

/// <summary>
/// Someone who supported an idea when it was merged into another: their support moved, and this
/// row is how the merge's email still finds them. Never shown.
/// </summary>
public sealed class IdeaMergedSupporter
{
    public string IdeaId { get; set; } = "";
    public string UserId { get; set; } = "";
}
