using System.ComponentModel.DataAnnotations;

namespace Participation.Consultations.ViewModels;

public sealed class ConsultationPartViewModel
{
    /// <summary>Riyadh time, as editors think of it.</summary>
    [Display(Name = "Participation opens")]
    public DateTime? Opens { get; set; }

    [Display(Name = "Participation closes")]
    public DateTime? Closes { get; set; }

    [StringLength(200, ErrorMessage = "The name is at most 200 characters.")]
    [Display(Name = "Department responsible")]
    public string? Department { get; set; }

    [Display(Name = "Decision")]
    public string? Decision { get; set; }

    [Display(Name = "Why this decision")]
    public string? DecisionRationale { get; set; }

    // For display.
    public DateTime? OpensUtc { get; set; }
    public DateTime? ClosesUtc { get; set; }
    public string? Stage { get; set; }
    public string DecisionHtml { get; set; } = "";
    public string RationaleHtml { get; set; } = "";
}
