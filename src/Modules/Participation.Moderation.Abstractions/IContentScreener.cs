namespace Participation.Moderation;

/// <summary>Something a screening rule found: the rule, the policy reason it maps to, a detail for moderators.</summary>
public sealed record ScreeningFlag(string Rule, string Reason, string Detail);

/// <summary>The flags, and the text with personal data masked when the site masks it.</summary>
public sealed record ScreeningResult(IReadOnlyList<ScreeningFlag> Flags, string Text)
{
    public bool IsClean => Flags.Count == 0;
    public bool Masked { get; init; }
}

/// <summary>A contribution the author made recently, for the duplicate and burst rules.</summary>
public sealed record RecentContribution(string Text, DateTime CreatedUtc);

/// <summary>Screens a contribution before it is stored as visible.</summary>
public interface IContentScreener
{
    /// <param name="recentByAuthor">The author's contributions of the last days (the module that owns them reads them).</param>
    Task<ScreeningResult> ScreenAsync(string text, string? authorId, string contentItemId, IReadOnlyList<RecentContribution> recentByAuthor);
}
