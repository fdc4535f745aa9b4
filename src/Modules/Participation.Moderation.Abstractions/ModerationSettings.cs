namespace Participation.Moderation;

/// <summary>The site's moderation choices, edited in the admin.</summary>
public sealed class ModerationSettings
{
    /// <summary>Per content type; types not listed use pre-moderation.</summary>
    public Dictionary<string, ModerationMode> Modes { get; set; } = [];
    /// <summary>Reports that hide a published comment until a moderator looks.</summary>
    public int ReportsToHide { get; set; } = 3;
    /// <summary>Mask personal data (phone numbers, emails, IDs, IBANs) automatically.</summary>
    public bool MaskPersonalData { get; set; } = true;
    /// <summary>Contributions from one person within <see cref="BurstMinutes"/> before the rest wait for review.</summary>
    public int BurstLimit { get; set; } = 5;
    public int BurstMinutes { get; set; } = 10;
    /// <summary>Hidden contributions within 90 days after which moderators are told to consider a ban.</summary>
    public int ViolationsBeforeBanSuggestion { get; set; } = 3;

    public ModerationMode ModeFor(string contentType) => Modes.TryGetValue(contentType, out var mode) ? mode : ModerationMode.PreModeration;
}

public interface IModerationSettingsStore
{
    Task<ModerationSettings> GetAsync();
    Task SaveAsync(ModerationSettings settings);
}
