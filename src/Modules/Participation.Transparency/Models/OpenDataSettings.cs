namespace Participation.Transparency.Models;

/// <summary>The open data settings: the licence (none chosen: nothing is published) and the suppression threshold. Immutable: it is cached.</summary>
public sealed record OpenDataSettings
{
    /// <summary>An <see cref="Domain.OpenDataLicence.Key"/>, or null.</summary>
    public string? Licence { get; init; }

    public int Threshold { get; init; } = DisclosureRule.DefaultThreshold;
}
