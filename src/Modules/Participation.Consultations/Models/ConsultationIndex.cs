namespace Participation.Consultations.Models;

/// <summary>
/// One published consultation, as the public list filters and orders it (an Orchard index
/// table, kept by <see cref="Handlers.ConsultationIndexHandler"/>). A consultation that is not
/// published has no row.
/// </summary>
public sealed class ConsultationIndex
{
    public string ContentItemId { get; set; } = "";
    /// <summary>The item's culture ("ar", "en"), empty when neutral.</summary>
    public string Culture { get; set; } = "";
    /// <summary>The translations' shared set, or the item's own id when it has none: the list shows one row per set.</summary>
    public string LocalizationSet { get; set; } = "";
    public string Stage { get; set; } = "";
    /// <summary>The department key, empty when none.</summary>
    public string Department { get; set; } = "";
    /// <summary>True when the consultation names no audience: it then targets everyone, so every audience filter keeps it.</summary>
    public bool ForEveryone { get; set; }
    public DateTime? OpensUtc { get; set; }
    public DateTime? ClosesUtc { get; set; }
    public string DisplayText { get; set; } = "";
    /// <summary>The list's order in one comparable string (see <see cref="Services.ConsultationListOrder"/>): the keyset for paging.</summary>
    public string SortKey { get; set; } = "";
}

/// <summary>One target audience of a published consultation (the audience filter's child table).</summary>
public sealed class ConsultationAudienceIndex
{
    public string ContentItemId { get; set; } = "";
    public string Audience { get; set; } = "";
}
