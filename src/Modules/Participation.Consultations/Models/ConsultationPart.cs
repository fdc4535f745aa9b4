using Participation.ContentManagement;

namespace Participation.Consultations.Models;

/// <summary>A consultation's participation period and, once decided, the decision and why.</summary>
public sealed class ConsultationPart : ContentPart
{
    public DateTime? OpensUtc { get; set; }
    public DateTime? ClosesUtc { get; set; }
    /// <summary>The internal department responsible for the decision.</summary>
    public string Department { get; set; } = "";
    public string Decision { get; set; } = "";
    public string DecisionRationale { get; set; } = "";
}
