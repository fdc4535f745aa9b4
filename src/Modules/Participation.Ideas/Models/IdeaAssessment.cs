namespace Participation.Ideas.Models;

/// <summary>
/// The studying department's feasibility assessment of one idea: a cost band, the effort, the
/// expected impact and notes. Staff only: no public page, export or email reads it.
/// </summary>
public sealed class IdeaAssessment
{
    public string IdeaId { get; set; } = "";
    public string Cost { get; set; } = "";
    public string Effort { get; set; } = "";
    public string Impact { get; set; } = "";
    public string? Notes { get; set; }
    public DateTime UpdatedUtc { get; set; }
}
