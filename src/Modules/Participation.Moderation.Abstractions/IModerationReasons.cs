namespace Participation.Moderation;

/// <summary>One of the policy's reasons for hiding a contribution, in both languages.</summary>
public sealed record HideReason(string Key, string NameAr, string NameEn, bool IsActive)
{
    public string Name(string culture) => culture.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? NameEn : NameAr;
}

/// <summary>The reasons moderators (and reporting readers) choose from, managed by the moderation module.</summary>
public interface IModerationReasons
{
    /// <summary>In the policy's order; the retired ones too unless <paramref name="activeOnly"/>.</summary>
    Task<IReadOnlyList<HideReason>> ListAsync(bool activeOnly = true);
}
