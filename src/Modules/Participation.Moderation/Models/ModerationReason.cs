namespace Participation.Moderation.Models;

/// <summary>The policy's reasons for hiding a contribution, localised, editable in the admin (the table row; others read <see cref="HideReason"/>).</summary>
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
