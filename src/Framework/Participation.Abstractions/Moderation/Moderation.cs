namespace Participation.Moderation;

/// <summary>How contributions to a content type (or one item) become public.</summary>
public enum ModerationMode
{
    /// <summary>Nothing is public before a moderator approves it (the default for government).</summary>
    PreModeration,
    /// <summary>Public at once; moderators review afterwards, flagged ones first.</summary>
    PostModeration,
    /// <summary>Public unless automatic screening flags it.</summary>
    ScreeningOnly,
}

/// <summary>Something a screening rule found: the rule, the policy reason it maps to, a detail for moderators.</summary>
public sealed record ScreeningFlag(string Rule, string Reason, string Detail);

/// <summary>The flags, and the text with personal data masked when the site masks it.</summary>
public sealed record ScreeningResult(IReadOnlyList<ScreeningFlag> Flags, string Text)
{
    public bool IsClean => Flags.Count == 0;
    public bool Masked { get; init; }
}

/// <summary>Screens a contribution before it is stored as visible.</summary>
public interface IContentScreener
{
    Task<ScreeningResult> ScreenAsync(string text, string? authorId, string contentItemId);
}

/// <summary>An active ban: why, until when (null: permanent).</summary>
public sealed record BanInfo(string Reason, DateTime? EndsUtc, string? Note);

public interface IBanService
{
    Task<BanInfo?> GetActiveBanAsync(string userId);
}

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

/// <summary>The policy's reasons for hiding a contribution, localised, editable in the admin.</summary>
public sealed class ModerationReason
{
    public long Id { get; set; }
    /// <summary>Stable key, e.g. <c>personal-data</c>.</summary>
    public string Key { get; set; } = "";
    public string NameAr { get; set; } = "";
    public string NameEn { get; set; } = "";
    public bool IsActive { get; set; } = true;
    public int Position { get; set; }

    public string Name(string culture) => culture.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? NameEn : NameAr;
}
