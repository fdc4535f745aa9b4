namespace Participation.Ideas.Models;

/// <summary>Supports of an idea on one Riyadh day (net of withdrawals), for the export's "supports by day".</summary>
public sealed class IdeaSupportCount
{
    public string IdeaId { get; set; } = "";
    public string Day { get; set; } = "";
    public long Count { get; set; }
}
