namespace Participation.Ideas.Models;

/// <summary>One step of an idea's public timeline: submitted, published, under study, answered…</summary>
public sealed class IdeaStatusChange
{
    public long Id { get; set; }
    public string IdeaId { get; set; } = "";
    public string Status { get; set; } = "";
    /// <summary>The official answer or the reason given with the step, shown with it.</summary>
    public string? Note { get; set; }
    public DateTime CreatedUtc { get; set; }
    /// <summary>The admin's own status of this step, shown by its name instead of <see cref="Status"/>.</summary>
    public string? CustomStatus { get; set; }
}
